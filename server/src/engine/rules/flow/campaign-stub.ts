/**
 * The campaign stub MP501 offers for a segment nothing targets: every
 * required key of a campaign, with placeholders (rules.md "Placeholders");
 * `fix/campaign-stub.ts` places it.
 */
import type { TextEdit } from '../../findings';
import { insertCampaignStub } from '../../fix/campaign-stub';
import type { SegmentEntity } from '../../model/types';
import type { ScopeIndex } from '../../scope/scope-index';

const ID_MAX = 64;

/** An unused campaign id derived from the segment's: `<segment>-campaign`, then `-2`, `-3`... */
function stubCampaignId(index: ScopeIndex, segment: SegmentEntity): string {
  const base = `${segment.id.slice(0, ID_MAX - '-campaign-99'.length).replace(/-+$/, '')}-campaign`;
  if (!index.get('campaign', base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!index.get('campaign', id)) return id;
  }
}

/**
 * The stub's keys and values, in the format's order: a product made for the
 * segment (else the first product, else `todo`), the segment's own channels.
 */
function stubFields(index: ScopeIndex, segment: SegmentEntity, date: string): Array<[string, string]> {
  const maker = index.products.find((p) => p.segments?.items.some((r) => r.id === segment.id)) ?? index.products[0];
  const channels = segment.channels?.items.map((r) => r.id) ?? [];
  return [
    ['id', stubCampaignId(index, segment)],
    ['name', 'TODO'],
    ['product', maker?.id ?? 'todo'],
    ['segments', `[${segment.id}]`],
    ['channels', `[${channels.join(', ')}]`],
    ['schedule', `{ start: ${date}, end: ${date} }`],
  ];
}

/** The edit that inserts a campaign stub for the segment; undefined when no place can take it. */
export function campaignStubEdit(index: ScopeIndex, segment: SegmentEntity, date: string): TextEdit | undefined {
  const home = index.models.find((m) => m.file === segment.file);
  return insertCampaignStub(index.models, home, stubFields(index, segment, date));
}
