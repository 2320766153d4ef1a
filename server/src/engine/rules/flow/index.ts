import type { Rule } from '../rule';
import { segmentWithoutCampaign } from './mp501-segment-without-campaign';
import { initiativeNotCarried } from './mp502-initiative-not-carried';
import { segmentWithoutEvidence } from './mp503-segment-without-evidence';
import { unusedValueProp } from './mp504-unused-value-prop';

/** The flow rules, in code order. */
export const FLOW_RULES: readonly Rule[] = [segmentWithoutCampaign, initiativeNotCarried, segmentWithoutEvidence, unusedValueProp];
