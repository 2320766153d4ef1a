import type { CampaignEntity } from '../../model/types';
import type { ScopeIndex } from '../../scope/scope-index';
import type { FixSpec, RelatedSpec, Rule } from '../rule';
import { campaignAgeReach, formatAge, segmentAges, type SegmentAge } from './campaign-age-reach';

/** The upstream ages behind the finding: the targeted segments that include minors. */
function youngSegments(index: ScopeIndex, c: CampaignEntity, adult: number): SegmentAge[] {
  return segmentAges(index, c).filter((s) => s.age.min < adult);
}

function relatedOf({ segment, age }: SegmentAge): RelatedSpec {
  return segment.age
    ? { file: segment.file, node: segment.age.node, messageId: 'related.aged', data: { segment: segment.id, age: formatAge(age) } }
    : { file: segment.file, node: segment.idNode, messageId: 'related.noAgeLimit', data: { segment: segment.id } };
}
import { insertSignOff } from '../../fix/sign-off-edits';
import { entity, list, phrase } from '../../messages/message';
import { agesArg } from '../../messages/people';

export const minorsWithoutCompliance: Rule = {
  meta: {
    code: 'MP403',
    name: 'minors-without-compliance',
    severity: 'error',
    group: 'governance',
    summary: 'The audience includes ages below `adultAge` and the campaign has no `compliance` sign-off.',
    explanation:
      'The campaign reaches people younger than the adult age, and no one from legal has approved it. ' +
      'Advertising to minors is regulated (targeting, claims, prices, data collection), and a breach risks fines, withdrawn ads and headlines that damage the brand. ' +
      'Have legal approve the campaign and record it in `compliance`, or narrow the audience to adults if minors are not meant to be reached.',
    messages: {
      audienceMinors: 'campaign {campaign} targets {ages}, below the adult age of {adult}, with no compliance sign-off',
      segmentMinors: 'campaign {campaign} reaches ages below the adult age of {adult} through {segments}, with no compliance sign-off',
      placeholder:
        'the compliance sign-off of campaign {campaign} is still a placeholder (TODO in {key}): fill it in once it is done; the campaign {whom}, below the adult age of {adult}',
      targets: 'targets {ages}',
      through: 'reaches ages through {segments}',
      segmentAges: 'the segment {segment}, which covers {ages}',
      'related.aged': 'segment {segment} is aged {age}',
      'related.noAgeLimit': 'segment {segment} has no age limit',
      'fix.skeleton': 'Insert a compliance skeleton',
    },
  },
  checkCampaigns(ctx) {
    const adult = ctx.thresholds.adultAge;
    for (const c of ctx.index.campaigns) {
      const placeholder = c.compliance?.placeholder;
      if (c.compliance && !placeholder) continue;
      const reach = campaignAgeReach(ctx.index, c);
      if (!reach) continue;
      if (placeholder) {
        const youngest = reach.from === 'audience' ? reach.age.min : reach.min;
        if (youngest >= adult) continue;
        const young = reach.from === 'audience' ? youngSegments(ctx.index, c, adult) : reach.segments.filter((s) => s.age.min < adult);
        const whom =
          reach.from === 'audience'
            ? phrase('targets', { ages: agesArg([reach.age]) })
            : phrase('through', {
                segments: list(young.map((s) => phrase('segmentAges', { segment: entity(s.segment), ages: agesArg([s.age]) }))),
              });
        ctx.report({
          file: c.file,
          node: placeholder,
          messageId: 'placeholder',
          data: { campaign: entity(c), key: 'compliance', whom, adult },
          related: young.map(relatedOf),
        });
        continue;
      }
      // Built only for a campaign reported (most campaigns are not).
      const fixes = (): FixSpec[] => [
        {
          titleId: 'fix.skeleton',
          preferred: true,
          edits: [insertSignOff(c, 'compliance', 'approvedBy', ctx.placeholderDate)],
        },
      ];
      if (reach.from === 'audience') {
        const node = c.audience?.age?.node;
        if (reach.age.min >= adult || !node) continue;
        ctx.report({
          file: c.file,
          node,
          messageId: 'audienceMinors',
          data: { campaign: entity(c), ages: agesArg([reach.age]), adult },
          related: youngSegments(ctx.index, c, adult).map(relatedOf),
          fixes: fixes(),
        });
        continue;
      }
      if (reach.min >= adult) continue;
      const young = reach.segments.filter((s) => s.age.min < adult);
      const related = young.map(relatedOf);
      ctx.report({
        file: c.file,
        node: c.idNode,
        messageId: 'segmentMinors',
        data: {
          campaign: entity(c),
          adult,
          segments: list(young.map((s) => phrase('segmentAges', { segment: entity(s.segment), ages: agesArg([s.age]) }))),
        },
        related,
        fixes: fixes(),
      });
    }
  },
};
