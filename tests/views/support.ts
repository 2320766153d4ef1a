/** Views of in-memory plans and of the examples on disk, for the view tests. */
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/project/check';
import { analyzeTexts } from '../support/analyze-texts';
import { scopeViews } from '../../server/src/engine/views/scope-views';
import type { BudgetLine, ScopeViews } from '../../server/src/engine/views/types';
import { EXAMPLES } from '../support/fixtures';

const ROOT = path.resolve('/plans');

/** The views of the one scope the given files form (paths relative to ROOT). */
export function viewsOfTexts(files: Record<string, string>): ScopeViews[] {
  const texts = new Map(Object.entries(files).map(([p, t]) => [path.join(ROOT, p), t]));
  return analyzeTexts(texts).analyses.map(scopeViews);
}

export function viewsOfExample(name: string): ScopeViews {
  const r = checkPaths([path.join(EXAMPLES, name)]);
  const [a] = r.analyses;
  return scopeViews(a);
}

export const lines = (ls: readonly BudgetLine[]): Array<[string, string]> => ls.map((l) => [l.key, l.amount.text]);

/** A plan file text: the plan header with the given period and budget, then the given body. */
export function planText(period: [string, string] | undefined, budget: string | undefined, body: string): string {
  const head = period
    ? `version: 1\nplan:\n  id: p\n  name: P\n  period: { start: ${period[0]}, end: ${period[1]} }\n  currency: EUR\n${budget ? `  budget: ${budget}\n` : ''}  mission: M.\n`
    : 'version: 1\n';
  return `${head}upstream:\n  segments:\n    - { id: a, name: Seg A, channels: [email, web] }\n    - { id: b, name: Seg B, channels: [email] }\n  products:\n    - { id: x, name: Product X, segments: [a, b] }\ndownstream:\n  campaigns:\n${body}`;
}

export function campaign(id: string, schedule: [string, string] | undefined, extra = ''): string {
  const s = schedule ? `      schedule: { start: ${schedule[0]}, end: ${schedule[1]} }\n` : '';
  return `    - id: ${id}\n      name: Campaign ${id}\n      product: x\n      segments: [a]\n      channels: [email]\n${s}${extra}`;
}
