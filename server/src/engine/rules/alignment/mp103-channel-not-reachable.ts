import { appendItem } from '../../fix/edits';
import type { SegmentEntity } from '../../model/types';
import type { FixSpec, Rule } from '../rule';
import { removeRefItem } from '../../fix/list-edits';
import { entity, list, phrase } from '../../messages/message';

/** A segment that lists at least one channel. */
function listsChannels(s: SegmentEntity): boolean {
  return !!s.channels && s.channels.items.length > 0;
}

export const channelNotReachable: Rule = {
  meta: {
    code: 'MP103',
    name: 'channel-not-reachable',
    severity: 'warning',
    group: 'alignment',
    summary: 'A campaign channel is not among the channels where its segments can be reached.',
    explanation:
      "Upstream recorded where this campaign's segments can be reached, and this channel is not one of them: the budget spent there buys attention from people who are not the segment, so it is largely wasted. " +
      'Either the channel was chosen out of habit, or upstream knowledge of the segment is out of date. ' +
      "Remove the channel from the campaign, or, if research shows the segment is there, add it to the segment's channels.",
    messages: {
      segment: '{segment}, reached on {channels},',
      notInSegment: 'campaign {campaign} uses the channel {channel}, where its segment {segments} cannot be reached',
      notInSegments: 'campaign {campaign} uses the channel {channel}, where none of its segments {segments} can be reached',
      'fix.remove': 'Remove channel {channel} from campaign {campaign}',
      'fix.add': 'Add {channel} to the channels of segment {segment}',
      'related.reachedOn': 'segment {segment} can be reached on {channels}',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const listing = ctx.index.campaignSegments(c).filter(listsChannels);
      if (!listing.length) continue;
      const reachable = new Set(listing.flatMap((s) => s.channels?.items.map((r) => r.id) ?? []));
      for (const ref of c.channels?.items ?? []) {
        if (reachable.has(ref.id) || !ctx.index.isKnown(ref)) continue;
        const fixes: FixSpec[] = [];
        const remove = removeRefItem(ref);
        if (remove) fixes.push({ titleId: 'fix.remove', titleData: { channel: ref.id, campaign: c.id }, preferred: true, edits: [remove] });
        const first = listing[0];
        if (first.channels) {
          fixes.push({
            titleId: 'fix.add',
            titleData: { channel: ref.id, segment: first.id },
            preferred: !remove,
            edits: [appendItem(first.file, first.channels.seq, ref.id)],
          });
        }
        const where = listing.map((s) =>
          phrase('segment', { segment: entity(s), channels: list(s.channels?.items.map((r) => r.id) ?? []) }),
        );
        ctx.report({
          file: c.file,
          node: ref.node,
          messageId: listing.length > 1 ? 'notInSegments' : 'notInSegment',
          data: { channel: ref.id, campaign: entity(c), segments: list(where) },
          related: listing.map((s) => ({
            file: s.file,
            node: s.channels?.seq ?? s.idNode,
            messageId: 'related.reachedOn',
            data: { segment: s.id, channels: s.channels?.items.map((r) => r.id).join(', ') ?? '' },
          })),
          fixes,
        });
      }
    }
  },
};
