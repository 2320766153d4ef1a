import type { Rule } from '../rule';

/** The governance rules, in code order. */
export const GOVERNANCE_RULES: readonly Rule[] = [];
