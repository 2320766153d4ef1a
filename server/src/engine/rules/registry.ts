/** The rule registry: every rule, in code order. Adding a rule = one file + its entry in its group's index. */
import type { Rule } from './rule';
import { STRUCTURE_RULES } from './structure/index';
import { ALIGNMENT_RULES } from './alignment/index';
import { PRICING_RULES } from './pricing/index';
import { TIMING_RULES } from './timing/index';
import { GOVERNANCE_RULES } from './governance/index';
import { FLOW_RULES } from './flow/index';

export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...ALIGNMENT_RULES,
  ...PRICING_RULES,
  ...TIMING_RULES,
  ...GOVERNANCE_RULES,
  ...FLOW_RULES,
];

const byWord = new Map<string, Rule>();
for (const r of RULES) {
  byWord.set(r.meta.code, r);
  byWord.set(r.meta.name, r);
}

/** The rule a code or name designates (codes are matched case-insensitively). */
export function findRule(word: string): Rule | undefined {
  return byWord.get(word) ?? byWord.get(word.toUpperCase());
}

export function codeOf(word: string): string | undefined {
  return findRule(word)?.meta.code;
}

export const RULE_NAMES = {
  codeOf,
  words: (): string[] => RULES.flatMap((r) => [r.meta.code, r.meta.name]),
};
