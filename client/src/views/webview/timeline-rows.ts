/** The timeline's rows grouped by segment or product: a heading per group, its campaigns in schedule order. */
import type { ScopeViews, TimelineCampaign, UriPlace } from '../../../../shared/view-types';
import type { TimelineRow } from '../../../../shared/views-draw/timeline-svg';
import type { TimelineGrouping } from '../protocol';

const NONE = { segment: 'No segment', product: 'No product' } as const;

/** `t` says the headings of campaigns without a segment or product in the reader's language. */
export function timelineRows(
  v: ScopeViews,
  grouping: TimelineGrouping,
  t: (english: string) => string = (english) => english,
): Array<TimelineRow<UriPlace>> {
  const campaigns = v.timeline.campaigns;
  if (grouping === 'none') return campaigns.map((campaign) => ({ campaign }));
  const labels = new Map(v.map.nodes.map((n) => [n.entity.key, n.entity.label]));
  const groups = new Map<string, TimelineCampaign[]>();
  for (const c of campaigns) {
    const ids = grouping === 'segment' ? c.segments : c.product ? [c.product] : [];
    const names = ids.length ? ids.map((id) => labels.get(`${grouping}:${id}`) ?? id) : [t(NONE[grouping])];
    for (const name of new Set(names)) (groups.get(name) ?? groups.set(name, []).get(name))?.push(c);
  }
  return [...groups].flatMap(([group, list]) => [{ group: `${group} (${list.length})` }, ...list.map((campaign) => ({ campaign }))]);
}
