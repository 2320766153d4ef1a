import type { FixSpec, Rule } from '../rule';
import { removeRefItem } from '../../fix/list-edits';
import { entity } from '../../messages/message';

export const retiredSegmentTargeted: Rule = {
  meta: {
    code: 'MP106',
    name: 'retired-segment-targeted',
    severity: 'error',
    group: 'alignment',
    summary: 'A campaign targets a segment that upstream has retired.',
    explanation:
      'Upstream decided to stop serving this segment, yet a campaign still spends money to reach it. ' +
      'The budget goes to people the business has chosen to walk away from, and the campaign sends a message the brand no longer stands behind. ' +
      'Remove the segment from the campaign, or, if the decision has changed, set the segment back to active upstream.',
    messages: {
      retired: 'campaign {campaign} targets the segment {segment}, which upstream has retired',
      'fix.remove': 'Remove segment {segment} from campaign {campaign}',
      'related.retired': 'segment {segment} is retired',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      for (const ref of c.segments?.items ?? []) {
        const segment = ctx.index.segment(ref.id);
        if (!segment || segment.status !== 'retired') continue;
        const fixes: FixSpec[] = [];
        const remove = removeRefItem(ref);
        if (remove)
          fixes.push({ titleId: 'fix.remove', titleData: { segment: segment.id, campaign: c.id }, preferred: true, edits: [remove] });
        ctx.report({
          file: c.file,
          node: ref.node,
          messageId: 'retired',
          data: { campaign: entity(c), segment: entity(segment) },
          related: [
            { file: segment.file, node: segment.statusNode ?? segment.idNode, messageId: 'related.retired', data: { segment: segment.id } },
          ],
          fixes,
        });
      }
    }
  },
};
