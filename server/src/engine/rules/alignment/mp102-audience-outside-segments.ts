import { AUDIENCE_FIELDS, effectiveAudience, fieldGap, segmentReach, segmentsUnion } from '../../model/audience';
import type { FixSpec, Rule } from '../rule';
import { AUDIENCE_RELATED, segmentFieldRelated, setFieldEdits, spellTarget } from './audience-fields';
import { entity, list, phrase } from '../../messages/message';
import { fieldArg, gapArg, reachArg } from '../../messages/people';

export const audienceOutsideSegments: Rule = {
  meta: {
    code: 'MP102',
    name: 'audience-outside-segments',
    severity: 'warning',
    group: 'alignment',
    summary: 'The audience reaches ages, genders or regions that none of the targeted segments covers.',
    explanation:
      'The targeting bought reaches people outside every segment the campaign names, so downstream assumes a demand that upstream research never established. ' +
      'That part of the budget is spent on people nobody has shown to want the product, and their results blur what the campaign says about its real segments. ' +
      'Narrow the audience to the segments, or, if those people really are a market, add or widen a segment upstream first, with evidence.',
    messages: {
      ...AUDIENCE_RELATED,
      segment: '{segment}, which covers {reach}',
      beyondSegment: 'the audience reaches {beyond}, beyond the segment {segments}: campaign {campaign} reaches {audience}',
      beyondSegments: 'the audience reaches {beyond}, beyond the segments {segments}: campaign {campaign} reaches {audience}',
      'fix.narrow.age': "Narrow the audience's age to {target}, the segments' union",
      'fix.narrow.genders': "Narrow the audience's genders to {target}, the segments' union",
      'fix.narrow.regions': "Narrow the audience's regions to {target}, the segments' union",
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const a = c.audience;
      if (!a) continue;
      const segments = ctx.index.campaignSegments(c);
      const union = segmentsUnion(segments);
      const audience = effectiveAudience(c, segments);
      if (!union || !audience) continue;
      for (const field of AUDIENCE_FIELDS) {
        const written = a[field];
        if (!written) continue;
        const gap = fieldGap(field, audience, union);
        if (!gap) continue;
        const fixes: FixSpec[] = [];
        const narrow = setFieldEdits(c.file, a, field, union, true);
        if (narrow?.length) {
          fixes.push({
            titleId: `fix.narrow.${field}`,
            titleData: { target: spellTarget(field, union) },
            preferred: true,
            edits: narrow,
          });
        }
        ctx.report({
          file: c.file,
          node: written.node,
          messageId: segments.length > 1 ? 'beyondSegments' : 'beyondSegment',
          data: {
            beyond: gapArg(gap),
            segments: list(segments.map((s) => phrase('segment', { segment: entity(s), reach: reachArg(segmentReach(s), field) }))),
            campaign: entity(c),
            audience: fieldArg(audience, field),
          },
          related: segments.map((s) => segmentFieldRelated(s, segmentReach(s), field)),
          fixes,
        });
      }
    }
  },
};
