import type { Rule } from '../rule';

/** The timing rules, in code order. */
export const TIMING_RULES: readonly Rule[] = [];
