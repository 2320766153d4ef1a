/**
 * One finding per place and message: a config shared by several scopes (or
 * misplaced in one and applied in another) is analysed with each of them, and
 * its findings count once.
 */
import type { Finding } from '../findings';

function findingKey(f: Finding): string {
  return `${f.file}:${f.span.offset}:${f.span.length}:${f.code}:${f.message}`;
}

/** The findings in their order, each place and message once. */
export function uniqueFindings(findings: Iterable<Finding>): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = findingKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
