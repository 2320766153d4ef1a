/**
 * GitLab Code Quality report (a subset of the Code Climate issue format): a JSON array the merge
 * request widget reads from `artifacts:reports:codequality`, on every GitLab tier.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../engine/findings';
import { displayPath } from './display-path';

const SEVERITY: Record<Severity, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
  hint: 'info',
};

export interface GitlabIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

/**
 * Fingerprints survive edits that move lines: they hash the rule, the file and the message (which
 * names the ids and values involved), not the line; repeats of the same tuple are numbered in order.
 */
function gitlabIssues(findings: readonly Finding[], cwd: string): GitlabIssue[] {
  const seen = new Map<string, number>();
  const out: GitlabIssue[] = [];
  for (const f of findings) {
    if (f.suppressed) continue;
    const file = displayPath(f.file, cwd);
    const key = [f.code, file, f.message].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.push({
      type: 'issue',
      check_name: `${f.code} ${f.name}`,
      description: f.message,
      categories: ['Bug Risk'],
      severity: SEVERITY[f.severity],
      fingerprint: createHash('md5').update(`${key}\u0000${n}`).digest('hex'),
      location: {
        path: file,
        positions: {
          begin: { line: f.range.start.line + 1, column: f.range.start.character + 1 },
          end: { line: f.range.end.line + 1, column: f.range.end.character + 1 },
        },
      },
    });
  }
  return out;
}

export function formatGitlab(findings: readonly Finding[], cwd: string): string {
  return `${JSON.stringify(gitlabIssues(findings, cwd), null, 2)}\n`;
}
