/** Text output, like a compiler: `path:line:column: severity CODE message [rule-name]`. */
import pc from 'picocolors';
import type { Finding, Severity } from '../engine/findings';
import { displayPath } from './display-path';
import { summaryLine } from './summary';
import { DEFAULT_LOCALE, type Locale } from '../engine/messages/locale';
import { escapeControls } from './escape';

type Colors = ReturnType<typeof pc.createColors>;

const paint = (c: Colors, s: Severity, text: string): string =>
  s === 'error' ? c.red(c.bold(text)) : s === 'warning' ? c.yellow(c.bold(text)) : s === 'info' ? c.cyan(text) : c.dim(text);

/** One finding, `path:line:column: severity CODE message [rule-name]`, control characters escaped. */
export function findingLine(f: Finding, cwd: string, c: Colors = pc.createColors(false)): string {
  const where = `${escapeControls(displayPath(f.file, cwd))}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return `${c.bold(where)}: ${paint(c, f.severity, f.severity)} ${f.code} ${escapeControls(f.message)} ${c.dim(`[${f.name}]`)}`;
}

export function formatText(
  findings: readonly Finding[],
  cwd: string,
  color: boolean,
  fileCount: number,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const f of findings) if (!f.suppressed) lines.push(findingLine(f, cwd, c));
  const summary = summaryLine(findings, fileCount, locale);
  lines.push(findings.every((f) => f.suppressed) ? c.green(summary) : summary);
  return `${lines.join('\n')}\n`;
}
