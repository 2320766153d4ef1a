import type { Rule } from '../rule';
import { entity } from '../../messages/message';

export const campaignWithoutSegment: Rule = {
  meta: {
    code: 'MP107',
    name: 'campaign-without-segment',
    severity: 'error',
    group: 'alignment',
    summary: "A campaign's `segments` list is empty.",
    explanation:
      'A campaign that names no segment is cut off from every upstream decision: nothing says whom it is for, so its audience, channels, claims and prices cannot be checked against what upstream chose. ' +
      'It spends budget on a guess. ' +
      'Name the segments, chosen upstream, that the campaign is meant to reach.',
    messages: {
      noSegment: 'campaign {campaign} targets no segment: its segments list is empty',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      if (!c.segments || c.segments.seq.count > 0) continue;
      ctx.report({
        file: c.file,
        node: c.segments.key,
        messageId: 'noSegment',
        data: { campaign: entity(c) },
      });
    }
  },
};
