/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=...::message` line per finding,
 * so findings show as annotations on the pull request's files, with no paid feature.
 */
import type { Finding, Severity } from '../engine/findings';
import { displayPath } from './display-path';
import { summaryLine } from './summary';
import { DEFAULT_LOCALE, type Locale } from '../engine/messages/locale';
import { escapeControls } from './escape';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of a command's message (the toolkit's `escapeData`), after control characters are made visible. */
function escapeData(s: string): string {
  return escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`escapeProperty`): also `:` and `,`, which separate properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(findings: readonly Finding[], cwd: string, fileCount: number, locale: Locale = DEFAULT_LOCALE): string {
  const lines: string[] = [];
  for (const f of findings) {
    if (f.suppressed) continue;
    const props = [
      `file=${escapeProperty(displayPath(f.file, cwd))}`,
      `line=${f.range.start.line + 1}`,
      `col=${f.range.start.character + 1}`,
      `endLine=${f.range.end.line + 1}`,
      `endColumn=${f.range.end.character + 1}`,
      `title=${escapeProperty(`${f.code} ${f.name}`)}`,
    ];
    lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
  }
  lines.push(summaryLine(findings, fileCount, locale));
  return `${lines.join('\n')}\n`;
}
