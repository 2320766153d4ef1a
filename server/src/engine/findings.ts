/** Findings as data: what every face (CLI, LSP) renders. */
import type { Range, Span } from './text/source-file';
import type { MessageData } from './messages/message';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** The map key an edit writes (by inserting or renaming a key): `map` is the map's start offset in the edit's file. */
export interface KeyWrite {
  map: number;
  /** The key; in the config's `rules` map, the rule's code (a code and its name are one key). */
  key: string;
}

/** A text edit by offset in one file (path is absolute). */
export interface TextEdit extends Span {
  file: string;
  text: string;
  /**
   * Set on an edit inside a value that an alias stands for (an item or key of
   * an aliased collection): it cannot be written through the alias exactly, so
   * a fix holding it is not offered. Never set on a finding's fixes.
   */
  throughAlias?: true;
  /** Set when the edit writes a map key: fixes applied together never write one key twice. */
  writesKey?: KeyWrite;
}

export interface Fix {
  /** The title rendered in English (faces render other locales from `titleId` and `titleData`). */
  title: string;
  /** The rule's message id of the title, and the values it names. */
  titleId: string;
  titleData: MessageData;
  /** Safe fixes are applied by `--fix` and `source.fixAll.mplan`. */
  safe: boolean;
  /** The fix a user most likely wants (LSP `isPreferred`). */
  preferred: boolean;
  edits: TextEdit[];
}

export interface Related {
  file: string;
  span: Span;
  range: Range;
  /** Rendered in English, as `Finding.message`. */
  message: string;
  messageId: string;
  data: MessageData;
}

export interface Finding {
  code: string;
  name: string;
  severity: Severity;
  /** The rule's message id (its template in the rule's `messages`). */
  messageId: string;
  /** The ids, names and values the message names. */
  data: MessageData;
  /** The message rendered in English (faces render other locales from `messageId` and `data`). */
  message: string;
  file: string;
  span: Span;
  range: Range;
  related: Related[];
  fixes: Fix[];
  /** Set when a suppression comment covers it: kept for SARIF, not counted. */
  suppressed: boolean;
  /** What suppressed it, when not a comment in the plan: the CLI's `--baseline`. */
  suppression?: 'baseline';
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
