/**
 * The campaign stub MP501 offers for a segment nothing targets, placed:
 * appended at the end of the first `downstream.campaigns` list in path order;
 * where no file has one, inserted in the segment's own file (a `campaigns`
 * list in its `downstream` section, else a new `downstream` section). Each
 * keeps the flow or block style of the collection it writes into.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import type { TextEdit } from '../findings';
import type { FileModel } from '../model/types';
import { nodeOf } from '../model/handles';
import type { ParsedFile } from '../parse/parse-file';
import { asSeq, findPair, isEmptyValue, mapId, spanOf } from '../parse/yaml-nodes';
import { appendMapItem, insertKey, NO_TREE } from './edits';

const STEP = '  ';

const flowMap = (fields: ReadonlyArray<readonly [string, string]>): string => `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
const blockLines = (fields: ReadonlyArray<readonly [string, string]>): string[] => fields.map(([k, v]) => `${k}: ${v}`);

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

/**
 * The edit that inserts a campaign of `fields` (in order) into the first file
 * of `models` with a campaigns list, else into `home` (the segment's file);
 * undefined when no place can take it.
 */
export function insertCampaignStub(
  models: readonly FileModel[],
  home: FileModel | undefined,
  fields: ReadonlyArray<readonly [string, string]>,
): TextEdit | undefined {
  // Where the stub goes is read from the trees: a model without nodes gets no edit (see `NO_TREE`).
  if ([...models, home].some((m) => m?.sections.root && !nodeOf(m.sections.root))) return NO_TREE;
  for (const m of models) {
    const down = m.sections.downstream && nodeOf(m.sections.downstream);
    const seq = asSeq(down ? findPair(down, 'campaigns')?.value : undefined);
    if (seq) return appendMapItem(m.file, seq, fields);
  }
  if (!home) return undefined;
  const down = home.sections.downstream && nodeOf(home.sections.downstream);
  if (down) {
    const campaigns = findPair(down, 'campaigns');
    if (campaigns) return isEmptyValue(campaigns.value) ? underEmptyKey(home.file, campaigns, [], blockLines(fields)) : undefined;
    if (down.flow) return insertKey(home.file, down, 'campaigns', `[${flowMap(fields)}]`);
    return insertBlockList(home.file, down, ['campaigns'], blockLines(fields));
  }
  const root = home.sections.root && nodeOf(home.sections.root);
  if (!root) return undefined;
  const written = findPair(root, 'downstream');
  if (written) return isEmptyValue(written.value) ? underEmptyKey(home.file, written, ['campaigns'], blockLines(fields)) : undefined;
  if (root.flow) return insertKey(home.file, root, 'downstream', [['campaigns', `[${flowMap(fields)}]`]]);
  return insertBlockList(home.file, root, ['downstream', 'campaigns'], blockLines(fields));
}
