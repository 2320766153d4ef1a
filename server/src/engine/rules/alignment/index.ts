import type { Rule } from '../rule';

/** The alignment rules, in code order. */
export const ALIGNMENT_RULES: readonly Rule[] = [];
