import type { Rule } from '../rule';
import { audienceExcludesSegment } from './mp101-audience-excludes-segment';
import { audienceOutsideSegments } from './mp102-audience-outside-segments';
import { channelNotReachable } from './mp103-channel-not-reachable';
import { valuePropNotForAudience } from './mp104-value-prop-not-for-audience';
import { productNotForSegment } from './mp105-product-not-for-segment';
import { retiredSegmentTargeted } from './mp106-retired-segment-targeted';
import { campaignWithoutSegment } from './mp107-campaign-without-segment';

/** The alignment rules, in code order. */
export const ALIGNMENT_RULES: readonly Rule[] = [
  audienceExcludesSegment,
  audienceOutsideSegments,
  channelNotReachable,
  valuePropNotForAudience,
  productNotForSegment,
  retiredSegmentTargeted,
  campaignWithoutSegment,
];
