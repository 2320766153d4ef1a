import { effectiveAudience, leavesOut, segmentReach, type Gap } from '../../model/audience';
import type { CampaignEntity } from '../../model/types';
import type { RelatedSpec, Rule } from '../rule';
import { entity, list, phrase } from '../../messages/message';
import { gapArg } from '../../messages/people';

interface Exclusion {
  c: CampaignEntity;
  gaps: Gap[];
}

function relatedOf({ c, gaps }: Exclusion, segmentId: string): RelatedSpec {
  const node = c.audience?.[gaps[0].field]?.node ?? c.audience?.key ?? c.idNode;
  return {
    file: c.file,
    node,
    messageId: 'related.leavesOut',
    data: { campaign: c.id, gaps: list(gaps.map(gapArg)), segment: segmentId },
  };
}

export const initiativeNotCarried: Rule = {
  meta: {
    code: 'MP502',
    name: 'initiative-not-carried',
    severity: 'warning',
    group: 'flow',
    summary: "An initiative's segment is reached by no campaign audience.",
    explanation:
      'Upstream made a strategic move to win this segment, but downstream no campaign reaches all of it: either none targets it, or every one that does buys an audience that leaves part of it out. ' +
      'The investment behind the initiative (a product change, a new positioning) is then never shown to the people it was made for, and its KPIs will say it failed when it was never tried. ' +
      'Plan a campaign whose audience covers the whole segment, or widen the audience of an existing one.',
    messages: {
      untargeted: 'the initiative {initiative} aims at the segment {segment}, but no campaign targets it',
      leftOut:
        'the initiative {initiative} aims at the segment {segment}, but every campaign that targets it leaves part of it out: {exclusions}',
      exclusion: '{campaign} leaves out {left}',
      'related.leavesOut': 'campaign {campaign} leaves out {gaps} of {segment}',
    },
  },
  check(ctx) {
    const index = ctx.index;
    for (const it of index.initiatives) {
      for (const ref of it.segments?.items ?? []) {
        const segment = index.segment(ref.id);
        if (!segment) continue;
        const reach = segmentReach(segment);
        const exclusions: Exclusion[] = [];
        let carried = false;
        // The campaigns that target the segment, through the index (linear in its references).
        const targeting = [
          ...new Set(
            index.referencesTo(segment).flatMap((r) => (r.owner.kind === 'campaign' && r.list === r.owner.segments ? [r.owner] : [])),
          ),
        ];
        for (const c of targeting) {
          const segments = index.campaignSegments(c);
          const audience = effectiveAudience(c, segments);
          const gaps = audience ? leavesOut(reach, audience) : [];
          if (!gaps.length) {
            carried = true;
            break;
          }
          exclusions.push({ c, gaps });
        }
        if (carried) continue;
        ctx.report({
          file: it.file,
          node: ref.node,
          messageId: exclusions.length ? 'leftOut' : 'untargeted',
          data: exclusions.length
            ? {
                initiative: entity(it),
                segment: entity(segment),
                exclusions: list(exclusions.map((x) => phrase('exclusion', { campaign: entity(x.c), left: list(x.gaps.map(gapArg)) }))),
              }
            : { initiative: entity(it), segment: entity(segment) },
          related: exclusions.map((x) => relatedOf(x, segment.id)),
        });
      }
    }
  },
};
