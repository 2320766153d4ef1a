/**
 * The campaign stub MP501 offers for a segment nothing targets: every
 * required key, with placeholders (rules.md "Placeholders"), at the end of
 * the first `downstream.campaigns` list in path order; else as a new
 * `campaigns` list in the first `downstream` section; else as a new
 * `downstream` section in the file that declares `plan:` (else the
 * segment's own file).
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../findings';
import { appendBlockItem, appendItem, insertKey } from '../../fix/edits';
import type { SegmentEntity } from '../../model/types';
import { findPair } from '../../parse/yaml-nodes';
import type { ScopeIndex } from '../../scope/scope-index';

const ID_MAX = 64;

/** An unused campaign id derived from the segment's: `<segment>-campaign`, then `-2`, `-3`... */
export function stubCampaignId(index: ScopeIndex, segment: SegmentEntity): string {
  const base = `${segment.id.slice(0, ID_MAX - '-campaign-99'.length).replace(/-+$/, '')}-campaign`;
  if (!index.get('campaign', base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!index.get('campaign', id)) return id;
  }
}

/** The stub's keys and values, in the format's order. */
export function stubFields(index: ScopeIndex, segment: SegmentEntity, date: string): Array<[string, string]> {
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

const flowMap = (fields: ReadonlyArray<[string, string]>): string => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;

/** The edit that inserts a campaign stub for the segment; undefined when no file can take it. */
export function campaignStubEdit(index: ScopeIndex, segment: SegmentEntity, date: string): TextEdit | undefined {
  const fields = stubFields(index, segment, date);
  for (const m of index.models) {
    const seq = m.sections.downstream ? findPair(m.sections.downstream, 'campaigns')?.value : undefined;
    if (!seq || !isSeq(seq)) continue;
    if (seq.flow || seq.items.length === 0) return appendItem(m.file, seq, flowMap(fields));
    return appendBlockItem(m.file, seq, fields.map(([k, v]) => `${k}: ${v}`));
  }
  for (const m of index.models) {
    const down = m.sections.downstream;
    if (down && !findPair(down, 'campaigns')) return insertKey(m.file, down, 'campaigns', `[${flowMap(fields)}]`);
  }
  const home = index.models.find((m) => m.plan) ?? index.models.find((m) => m.file === segment.file);
  const root = home?.file.doc?.contents;
  if (!home || !root || !isMap(root) || findPair(root as YAMLMap, 'downstream')) return undefined;
  return insertKey(home.file, root as YAMLMap, 'downstream', [['campaigns', `[${flowMap(fields)}]`]]);
}
