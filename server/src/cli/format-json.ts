/** JSON output for scripts (rules.md "Outputs"). */
import type { Finding } from '../engine/findings';
import { displayPath } from '../engine/analyze';

export function formatJson(findings: readonly Finding[], cwd: string): string {
  const rel = (p: string): string => displayPath(p, cwd);
  const out = findings
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
      related: f.related.map((r) => ({ file: rel(r.file), line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message })),
      fixes: f.fixes.map((x) => ({
        title: x.title,
        safe: x.safe,
        edits: x.edits.map((e) => ({ file: rel(e.file), offset: e.offset, length: e.length, text: e.text })),
      })),
    }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
