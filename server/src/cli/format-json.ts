/** JSON output for scripts (rules.md "Outputs"). */
import type { Finding } from '../engine/findings';
import type { MessageData } from '../engine/messages/message';
import { displayPath } from './display-path';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  name: string;
  message: string;
  /** The rule's message id and the ids, names and values the message names (stable across locales). */
  messageId: string;
  data: MessageData;
  related: { file: string; line: number; column: number; message: string }[];
  fixes: { title: string; safe: boolean; edits: { file: string; offset: number; length: number; text: string }[] }[];
}

/** Findings as the plain objects of the json and json-lines outputs (suppressed ones left out). */
export function jsonFindings(findings: readonly Finding[], cwd: string): JsonFinding[] {
  const rel = (p: string): string => displayPath(p, cwd);
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => ({
      file: rel(f.file),
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      severity: f.severity,
      code: f.code,
      name: f.name,
      message: f.message,
      messageId: f.messageId,
      data: f.data,
      related: f.related.map((r) => ({
        file: rel(r.file),
        line: r.range.start.line + 1,
        column: r.range.start.character + 1,
        message: r.message,
      })),
      fixes: f.fixes.map((x) => ({
        title: x.title,
        safe: x.safe,
        edits: x.edits.map((e) => ({ file: rel(e.file), offset: e.offset, length: e.length, text: e.text })),
      })),
    }));
}

export function formatJson(findings: readonly Finding[], cwd: string): string {
  return `${JSON.stringify(jsonFindings(findings, cwd), null, 2)}\n`;
}

/** One finding per line (JSON Lines), for streaming tools; nothing at all when there are no findings. */
export function formatJsonLines(findings: readonly Finding[], cwd: string): string {
  return jsonFindings(findings, cwd)
    .map((f) => `${JSON.stringify(f)}\n`)
    .join('');
}
