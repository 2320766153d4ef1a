import type { Rule } from '../rule';

/** The flow rules, in code order. */
export const FLOW_RULES: readonly Rule[] = [];
