import type { Rule } from '../rule';

/** The pricing rules, in code order. */
export const PRICING_RULES: readonly Rule[] = [];
