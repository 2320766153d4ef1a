/** Counts of unsuppressed findings by severity. */
import type { Finding } from '../findings';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function countFindings(findings: Iterable<Finding>): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of findings) {
    if (f.suppressed) continue;
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else if (f.severity === 'info') counts.infos++;
    else counts.hints++;
  }
  return counts;
}
