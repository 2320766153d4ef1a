/**
 * The campaign stub MP501 offers for a segment nothing targets: every
 * required key of a campaign, with placeholders (rules.md "Placeholders"),
 * appended at the end of the first `downstream.campaigns` list in path order;
 * where no file has one, inserted in the segment's own file (a `campaigns`
 * list in its `downstream` section, else a new `downstream` section).
 */
import { isMap, type Node, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../findings';
import { appendBlockItem, appendItem, insertKey } from '../../fix/edits';
import { mapId } from '../../fix/key-maps';
import type { SegmentEntity } from '../../model/types';
import type { ParsedFile } from '../../parse/parse-file';
import { asSeq, findPair, isEmptyValue, spanOf } from '../../parse/yaml-nodes';
import type { ScopeIndex } from '../../scope/scope-index';

const ID_MAX = 64;
const STEP = '  ';

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

const flowMap = (fields: ReadonlyArray<[string, string]>): string => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
const blockLines = (fields: ReadonlyArray<[string, string]>): string[] => fields.map(([k, v]) => `${k}: ${v}`);

/** `keys` nested one step each from `pad`, the last holding a one-item block list: `campaigns:` / `  - id: ...`. */
function nestedBlock(eol: string, pad: string, keys: readonly string[], item: readonly string[]): string {
  let text = '';
  for (const k of keys) {
    text += `${eol}${pad}${k}:`;
    pad += STEP;
  }
  return text + item.map((l, i) => `${eol}${pad}${i === 0 ? '- ' : '  '}${l}`).join('');
}

/** Insert `keys` (nested) holding a one-item block list as the last key of a block map. */
function insertBlockList(file: ParsedFile, map: YAMLMap, keys: readonly string[], item: readonly string[]): TextEdit | undefined {
  const first = map.items[0] as Pair<Node, Node | null> | undefined;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  const firstKey = first?.key;
  const lastNode = last ? (last.value ?? last.key) : undefined;
  if (!firstKey?.range || !lastNode) return undefined;
  const indent = file.source.positionAt(firstKey.range[0]).character;
  const span = spanOf(lastNode, file.source);
  const at = file.source.lineEnd(file.source.positionAt(span.offset + span.length).line);
  return {
    file: file.path,
    offset: at,
    length: 0,
    text: nestedBlock(file.source.eol, ' '.repeat(indent), keys, item),
    writesKey: { map: mapId(map), key: keys[0] },
  };
}

/** Fill a key written with no value (`downstream:`, `campaigns:`) on the lines below it. */
function underEmptyKey(
  file: ParsedFile,
  pair: Pair<Node, Node | null>,
  keys: readonly string[],
  item: readonly string[],
): TextEdit | undefined {
  const key = pair.key;
  if (!key.range) return undefined;
  const at = file.source.positionAt(key.range[0]);
  const pad = ' '.repeat(at.character) + STEP;
  return { file: file.path, offset: file.source.lineEnd(at.line), length: 0, text: nestedBlock(file.source.eol, pad, keys, item) };
}

/** The edit that inserts a campaign stub for the segment; undefined when no place can take it. */
export function campaignStubEdit(index: ScopeIndex, segment: SegmentEntity, date: string): TextEdit | undefined {
  const fields = stubFields(index, segment, date);
  for (const m of index.models) {
    const down = m.sections.downstream;
    const seq = asSeq(down ? findPair(down, 'campaigns')?.value : undefined);
    if (!seq) continue;
    if (seq.flow || seq.items.length === 0) return appendItem(m.file, seq, flowMap(fields));
    return appendBlockItem(m.file, seq, blockLines(fields));
  }
  const home = index.models.find((m) => m.file === segment.file);
  if (!home) return undefined;
  const down = home.sections.downstream;
  if (down) {
    const campaigns = findPair(down, 'campaigns');
    if (campaigns) return isEmptyValue(campaigns.value) ? underEmptyKey(home.file, campaigns, [], blockLines(fields)) : undefined;
    if (down.flow) return insertKey(home.file, down, 'campaigns', `[${flowMap(fields)}]`);
    return insertBlockList(home.file, down, ['campaigns'], blockLines(fields));
  }
  const root = home.file.doc?.contents;
  if (!root || !isMap(root)) return undefined;
  const written = findPair(root, 'downstream');
  if (written) return isEmptyValue(written.value) ? underEmptyKey(home.file, written, ['campaigns'], blockLines(fields)) : undefined;
  if (root.flow) return insertKey(home.file, root, 'downstream', [['campaigns', `[${flowMap(fields)}]`]]);
  return insertBlockList(home.file, root, ['downstream', 'campaigns'], blockLines(fields));
}
