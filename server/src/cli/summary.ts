/** The closing line of the text-like outputs: counts by severity  and files checked. */
import type { Finding, Severity } from '../engine/findings';

const ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}

export function summaryLine(findings: readonly Finding[], fileCount: number): string {
  const counts = countBySeverity(findings);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const files = plural(fileCount, 'file');
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return `No findings in ${files}.`;
  // Zero counts are left out: "3 errors, 6 warnings in 2 files".
  return `${ORDER.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s)).join(', ')} in ${files}.`;
}
