import type { Rule } from '../rule';
import { scheduleInverted } from './mp301-schedule-inverted';
import { outsidePlanPeriod } from './mp302-outside-plan-period';
import { beforeResearch } from './mp303-before-research';
import { beforeAvailability } from './mp304-before-availability';
import { signoffAfterLaunch } from './mp305-signoff-after-launch';

/** The timing rules, in code order. */
export const TIMING_RULES: readonly Rule[] = [scheduleInverted, outsidePlanPeriod, beforeResearch, beforeAvailability, signoffAfterLaunch];
