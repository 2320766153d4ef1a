/**
 * The youngest age a campaign reaches: its audience's `age` when written,
 * else the union of its resolved segments' ages (a segment without `age`
 * means any age). MP403's reading of the audience: the ages come from the
 * audience module's model, this adds which segments bring the minors in.
 */
import { formatAgeRange } from '../../model/audience';
import type { CampaignEntity, SegmentEntity } from '../../model/types';
import type { AgeRange } from '../../model/values';
import { ALL_AGES } from '../../model/values';
import type { ScopeIndex } from '../../scope/scope-index';

export interface SegmentAge {
  segment: SegmentEntity;
  age: AgeRange;
}

export type AgeReach = { from: 'audience'; age: AgeRange } | { from: 'segments'; min: number; segments: SegmentAge[] };

/** The resolved segments with the ages they cover (no `age`: any age; an invalid `age` is MP002's and left out). */
export function segmentAges(index: ScopeIndex, c: CampaignEntity): SegmentAge[] {
  const out: SegmentAge[] = [];
  for (const s of index.campaignSegments(c)) {
    if (s.age) out.push({ segment: s, age: s.age.value });
    else if (!s.invalid.age) out.push({ segment: s, age: ALL_AGES });
  }
  return out;
}

/** Undefined when nothing valid says whom the campaign reaches (invalid fields are MP002's, unresolved segments MP005's). */
export function campaignAgeReach(index: ScopeIndex, c: CampaignEntity): AgeReach | undefined {
  const audience = c.audience;
  if (audience?.age) return { from: 'audience', age: audience.age.value };
  if (audience?.invalid.age) return undefined;
  const segments = segmentAges(index, c);
  if (!segments.length) return undefined;
  return { from: 'segments', min: Math.min(...segments.map((s) => s.age.min)), segments };
}

/** `14-18`, `65+`, `any age` (the audience module's wording). */
export const formatAge = formatAgeRange;
