/** Conversions between engine data and LSP types. */
import { DEFAULT_LOCALE, type Locale } from '../engine/messages/locale';
import { fixTitleIn, messageIn, relatedIn } from '../engine/messages/localize-findings';
import type { MessageData } from '../engine/messages/message';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Finding, Severity, TextEdit } from '../engine/findings';
import { findRule } from '../engine/rules/registry';
import { docsUrl } from '../engine/rules/docs-url';
import type { SourceText } from '../engine/text/source-file';
import { isAbsolutePath, isFileKey } from '../engine/host/paths';
import { fileUriToPath, pathToFileUri } from './file-uri';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A document key: the file system path for `file:` URIs, else the URI itself (`vscode-vfs://...`,
 * `vscode-remote://...`, `untitled:...`). The host's path arithmetic works on both: a URI of a
 * hierarchical scheme is `/`-separated like a path.
 */
export function keyOfUri(uri: string): string {
  if (/^file:/i.test(uri)) return fileUriToPath(uri) ?? uri;
  return uri;
}

/** True for a key naming a file of a file system (a path, or a hierarchical URI); false for an untitled buffer. */
export { isFileKey };

export function uriOfPath(path: string): string {
  return isAbsolutePath(path) ? pathToFileUri(path) : path;
}

/** A diagnostic's `data`: what a client can key on whatever the language of the message. */
export interface DiagnosticData {
  code: string;
  /** The finding's message id (its template in the rule's messages) and the values it names. */
  messageId: string;
  data: MessageData;
  /** The titles of its fixes, in the diagnostic's language. */
  fixTitles: string[];
}

/** `isLive`: false for a file whose current text is broken (its last valid version stands in): places in it are omitted. */
/** `locale`: the language of the message (the client's, from `initialize`). */
export function toDiagnostic(
  f: Finding,
  uriOf: (path: string) => string,
  isLive: (path: string) => boolean = () => true,
  locale: Locale = DEFAULT_LOCALE,
): Diagnostic {
  const rule = findRule(f.code);
  const related: DiagnosticRelatedInformation[] = f.related
    .filter((r) => isLive(r.file))
    .map((r) => ({
      location: { uri: uriOf(r.file), range: r.range },
      message: relatedIn(f, r, locale),
    }));
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    source: 'mplan',
    message: messageIn(f, locale),
    data: {
      code: f.code,
      messageId: f.messageId,
      data: f.data,
      fixTitles: f.fixes.map((x) => fixTitleIn(f, x, locale)),
    } satisfies DiagnosticData,
  };
  if (rule) d.codeDescription = { href: docsUrl(rule.meta) };
  if (related.length) d.relatedInformation = related;
  return d;
}

/**
 * A fingerprint of the diagnostics `toDiagnostic` makes of a file's findings,
 * made without making them: everything they are made of (code, severity, the
 * message and its data, the range, each related place shown with its URI and
 * range, the fix titles). Equal prints, equal diagnostics: the server converts
 * and publishes again only a file whose print changed.
 */
export function diagnosticsPrint(
  findings: readonly Finding[],
  uriOf: (path: string) => string,
  isLive: (path: string) => boolean,
  locale: Locale,
): string {
  const parts: string[] = [locale];
  const r = (x: { start: { line: number; character: number }; end: { line: number; character: number } }): string =>
    `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
  for (const f of findings) {
    parts.push(f.code, f.severity, f.messageId, f.message, JSON.stringify(f.data), r(f.range), String(f.related.length));
    for (const x of f.related) if (isLive(x.file)) parts.push(uriOf(x.file), r(x.range), x.message);
    parts.push(String(f.fixes.length));
    for (const x of f.fixes) parts.push(x.title);
  }
  return parts.join('\u0000');
}

/** True when every edit's file has a current text to compute it on (a fix is offered whole or not at all). */
export function editable(edits: readonly TextEdit[], sourceOf: (path: string) => SourceText | undefined): boolean {
  return edits.every((e) => sourceOf(e.file) !== undefined);
}

export function toWorkspaceEdit(
  edits: readonly TextEdit[],
  sourceOf: (path: string) => SourceText | undefined,
  uriOf: (path: string) => string,
): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    const src = sourceOf(e.file);
    if (!src) continue;
    const uri = uriOf(e.file);
    (changes[uri] ??= []).push({ range: src.rangeOf(e), newText: e.text });
  }
  return { changes };
}
