/** The closing line of the text-like outputs: counts by severity and files checked, in a locale. */
import type { Finding, Severity } from '../engine/findings';
import { DEFAULT_LOCALE, type Locale } from '../engine/messages/locale';
import { SUMMARY_WORDS } from './summary-words';

const ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}

export function summaryLine(findings: readonly Finding[], fileCount: number, locale: Locale = DEFAULT_LOCALE): string {
  const words = SUMMARY_WORDS[locale];
  const counts = countBySeverity(findings);
  const plural = (n: number, w: Severity | 'file'): string => `${n} ${words.counts[w][n === 1 ? 0 : 1]}`;
  const files = plural(fileCount, 'file');
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return words.none.replace('{files}', files);
  // Zero counts are left out: "3 errors, 6 warnings in 2 files".
  const some = ORDER.filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s))
    .join(', ');
  return words.some.replace('{counts}', some).replace('{files}', files);
}
