import { AUDIENCE_FIELDS, effectiveAudience, fieldGap, segmentReach, unionReach, type Gap, type Reach } from '../../model/audience';
import type { CampaignEntity, SegmentEntity } from '../../model/types';
import type { FixSpec, Rule } from '../rule';
import { AUDIENCE_RELATED, segmentFieldRelated, setFieldEdits, spellTarget } from './audience-fields';
import { removeRefItem } from '../../fix/list-edits';
import { entity, list, phrase } from '../../messages/message';
import { fieldArg, gapArg, reachArg } from '../../messages/people';

/** A targeted segment that one audience field leaves out in part. */
interface Excluded {
  segment: SegmentEntity;
  reach: Reach;
  gap: Gap;
}

/** "Remove the segment" fixes, one per excluded segment (never the list's last item). */
function removeSegmentFixes(c: CampaignEntity, excluded: readonly Excluded[]): FixSpec[] {
  const fixes: FixSpec[] = [];
  for (const { segment } of excluded) {
    const ref = c.segments?.items.find((r) => r.id === segment.id);
    const edit = ref && removeRefItem(ref);
    if (edit) fixes.push({ titleId: 'fix.remove', titleData: { segment: segment.id, campaign: c.id }, edits: [edit] });
  }
  return fixes;
}

export const audienceExcludesSegment: Rule = {
  meta: {
    code: 'MP101',
    name: 'audience-excludes-segment',
    severity: 'warning',
    group: 'alignment',
    summary: 'The audience leaves out genders, ages or regions of a segment the campaign targets.',
    explanation:
      'Upstream chose this segment, but the targeting actually bought leaves part of it out: those people never see the campaign. ' +
      'The sales and the strategic move upstream counted on are lost, and the research that chose the segment is wasted. ' +
      'Widen the audience field to cover the whole segment, or, if that part of the segment is really not meant to be reached, remove the segment from the campaign and settle the question upstream.',
    messages: {
      ...AUDIENCE_RELATED,
      part: '{left} of the segment {segment}, which covers {reach}',
      leavesOut: 'the audience leaves out {parts}: campaign {campaign} reaches {audience} only',
      'fix.remove': 'Remove segment {segment} from campaign {campaign}',
      'fix.widen.age': "Widen the audience's age to {target} to cover {segments}",
      'fix.widen.genders': "Widen the audience's genders to {target} to cover {segments}",
      'fix.widen.regions': "Widen the audience's regions to {target} to cover {segments}",
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const a = c.audience;
      if (!a) continue;
      const segments = ctx.index.campaignSegments(c);
      const audience = effectiveAudience(c, segments);
      if (!segments.length || !audience) continue;
      for (const field of AUDIENCE_FIELDS) {
        // Only a written field can exclude: an omitted one is the segments' union.
        const written = a[field];
        if (!written) continue;
        const excluded: Excluded[] = [];
        for (const segment of segments) {
          const reach = segmentReach(segment);
          const gap = fieldGap(field, reach, audience);
          if (gap) excluded.push({ segment, reach, gap });
        }
        if (!excluded.length) continue;
        const parts = excluded.map((x) =>
          phrase('part', { left: gapArg(x.gap), segment: entity(x.segment), reach: reachArg(x.reach, field) }),
        );
        const fixes: FixSpec[] = [];
        const target = unionReach([audience, ...excluded.map((x) => x.reach)]);
        const widen = target && setFieldEdits(c.file, a, field, target, false);
        if (target && widen?.length) {
          fixes.push({
            titleId: `fix.widen.${field}`,
            titleData: { target: spellTarget(field, target), segments: excluded.map((x) => `${x.segment.id}`).join(', ') },
            preferred: true,
            edits: widen,
          });
        }
        const removals = removeSegmentFixes(c, excluded);
        if (!fixes.length && removals.length) removals[0].preferred = true;
        fixes.push(...removals);
        ctx.report({
          file: c.file,
          node: written.node,
          messageId: 'leavesOut',
          data: { parts: list(parts), campaign: entity(c), audience: fieldArg(audience, field) },
          related: excluded.map((x) => segmentFieldRelated(x.segment, x.reach, field)),
          fixes,
        });
      }
    }
  },
};
