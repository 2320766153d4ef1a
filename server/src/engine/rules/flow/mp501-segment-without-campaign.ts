import type { Rule } from '../rule';
import { campaignStubEdit } from './campaign-stub';
import { entity } from '../../messages/message';

export const segmentWithoutCampaign: Rule = {
  meta: {
    code: 'MP501',
    name: 'segment-without-campaign',
    severity: 'info',
    group: 'flow',
    summary: 'An active or emerging segment is targeted by no campaign.',
    explanation:
      'Upstream chose this segment, but no campaign reaches it, so the decision never turns into sales: the research and product work done for it go unused while competitors address it. ' +
      'Sometimes the campaign simply has not been planned yet; sometimes the segment is no longer wanted. ' +
      'Plan a campaign for the segment, or mark it `retired` upstream if the business has walked away from it.',
    messages: {
      active: 'the active segment {segment} is targeted by no campaign',
      emerging: 'the emerging segment {segment} is targeted by no campaign',
      'fix.stub': 'Create a campaign stub for segment {segment}',
    },
  },
  check(ctx) {
    for (const s of ctx.index.segments) {
      if (s.status === 'retired') continue;
      const targeted = ctx.index.referencesTo(s).some((r) => r.owner.kind === 'campaign' && r.list === r.owner.segments);
      if (targeted) continue;
      const edit = campaignStubEdit(ctx.index, s, ctx.placeholderDate);
      ctx.report({
        file: s.file,
        node: s.idNode,
        messageId: s.status === 'emerging' ? 'emerging' : 'active',
        data: { segment: entity(s) },
        fixes: edit ? [{ titleId: 'fix.stub', titleData: { segment: s.id }, preferred: true, edits: [edit] }] : [],
      });
    }
  },
};
