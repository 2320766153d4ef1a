import type { Rule } from '../rule';
import { missingSalesReview } from './mp401-missing-sales-review';
import { missingPretest } from './mp402-missing-pretest';
import { minorsWithoutCompliance } from './mp403-minors-without-compliance';
import { overBudget } from './mp404-over-budget';
import { missingKpis } from './mp405-missing-kpis';
import { upstreamMeasuredBySales } from './mp406-upstream-measured-by-sales';
import { missingMission } from './mp407-missing-mission';

/** The governance rules, in code order. */
export const GOVERNANCE_RULES: readonly Rule[] = [
  missingSalesReview,
  missingPretest,
  minorsWithoutCompliance,
  overBudget,
  missingKpis,
  upstreamMeasuredBySales,
  missingMission,
];
