/**
 * List edits the rules' fixes share: remove a reference item (never a
 * list's last), append several items at once, keep some items and add
 * others, replace a whole list by one item, and replace a value in place
 * (also a block collection, by a scalar).
 * Each keeps the flow or block style of the list it touches.
 */
import { isMap, isNode, isScalar, isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../findings';
import { appendItem, guardAlias, NO_TREE, removeItem, replaceNode, replaceScalar } from './edits';
import { isAliasCopy, isInsideAliasCopy } from '../parse/alias-copies';
import type { Ref } from '../model/types';
import { nodeOf, type At } from '../model/handles';
import type { ParsedFile } from '../parse/parse-file';
import { spanOf } from '../parse/yaml-nodes';

/** Remove a reference's list item; undefined when it is the list's last item (or not a list item). */
export function removeRefItem(ref: Ref): TextEdit | undefined {
  if (!ref.list) return undefined;
  const seq = nodeOf(ref.list.seq);
  const item = nodeOf(ref.node);
  if (!seq || !item) return NO_TREE;
  if (seq.items.length <= 1) return undefined;
  const index = seq.items.indexOf(item);
  return index < 0 ? undefined : removeItem(ref.file, seq, index);
}

/** Append several items to a list in one edit, in the list's style. */
function appendItems(file: ParsedFile, seq: YAMLSeq, texts: readonly string[]): TextEdit | undefined {
  if (!texts.length) return undefined;
  if (isAliasCopy(seq)) return aliasedListRewrite(file, seq, seq.items as Node[], texts);
  if (seq.flow && seq.items.length === 0) return appendItem(file, seq, texts.join(', '));
  const edits = texts.map((t) => appendItem(file, seq, t));
  return { ...edits[0], text: edits.map((e) => e.text).join('') };
}

/**
 * A list an alias stands for (`segments: *segs`): the alias is replaced by the
 * new list written out in flow style, its anchor untouched. Only items that
 * are plain words can be written out exactly; otherwise, and for a list inside
 * an aliased value, the edit is marked as not writable through the alias.
 */
function aliasedListRewrite(file: ParsedFile, seq: YAMLSeq, kept: readonly Node[], add: readonly string[]): TextEdit {
  const words = kept.map((i) =>
    isScalar(i) && typeof i.value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(i.value) ? i.value : undefined,
  );
  const edit = replaceNode(file, seq, `[${[...words, ...add].join(', ')}]`);
  return isInsideAliasCopy(seq) || words.includes(undefined) ? guardAlias(seq, { ...edit, throughAlias: true }) : edit;
}

/** The text of an item as written (its quoting kept). */
function itemText(file: ParsedFile, item: Node): string {
  const s = spanOf(item, file.source);
  return file.source.text.slice(s.offset, s.offset + s.length);
}

/**
 * Keep the items `keep` accepts, drop the others and append `add`: the list's
 * new content, in its style. Flow lists are rewritten between their brackets
 * (padding kept); block lists lose the dropped items' lines and get new lines.
 */
export function rewriteList(
  file: ParsedFile,
  at: At<YAMLSeq> | YAMLSeq,
  keep: (item: Node) => boolean,
  add: readonly string[],
): TextEdit[] {
  const seq = nodeOf(at);
  if (!seq) return [NO_TREE];
  const items = seq.items as Node[];
  const kept = items.filter(keep);
  if (isAliasCopy(seq)) return [aliasedListRewrite(file, seq, kept, add)];
  if (kept.length === items.length) {
    const e = appendItems(file, seq, add);
    return e ? [e] : [];
  }
  if (seq.flow) {
    const text = file.source.text;
    const span = spanOf(seq, file.source);
    const open = text.indexOf('[', span.offset);
    const close = text.lastIndexOf(']', span.offset + span.length);
    if (open < 0 || close < open) return [];
    const inner = text.slice(open + 1, close);
    const lead = /^\s*/.exec(inner)?.[0] ?? '';
    const trail = /\s*$/.exec(inner)?.[0] ?? '';
    const parts = [...kept.map((i) => itemText(file, i)), ...add];
    return [{ file: file.path, offset: open + 1, length: close - open - 1, text: `${lead}${parts.join(', ')}${trail}` }];
  }
  const edits: TextEdit[] = [];
  const lastKept = kept[kept.length - 1];
  if (lastKept) {
    items.forEach((item, i) => {
      if (!kept.includes(item)) edits.push(removeItem(file, seq, i));
    });
    const line = file.source.positionAt(spanOf(lastKept, file.source).offset + spanOf(lastKept, file.source).length).line;
    const at = file.source.lineEnd(line);
    const pad = ' '.repeat(dashColumn(file, items[0]));
    if (add.length) edits.push({ file: file.path, offset: at, length: 0, text: add.map((a) => `${file.source.eol}${pad}- ${a}`).join('') });
    return edits;
  }
  // Nothing kept: the first item becomes the first new one, the others go.
  const [first, ...rest] = add;
  if (first === undefined) return [];
  const firstItem = items[0];
  edits.push(isScalar(firstItem) ? replaceScalar(file, firstItem, first) : replaceNode(file, firstItem, first));
  items.forEach((_, i) => {
    if (i > 0) edits.push(removeItem(file, seq, i));
  });
  if (rest.length) {
    const s = spanOf(firstItem, file.source);
    const at = file.source.lineEnd(file.source.positionAt(s.offset + s.length).line);
    const pad = ' '.repeat(dashColumn(file, firstItem));
    edits.push({ file: file.path, offset: at, length: 0, text: rest.map((a) => `${file.source.eol}${pad}- ${a}`).join('') });
  }
  return edits;
}

function dashColumn(file: ParsedFile, item: Node): number {
  const start = item.range ? item.range[0] : 0;
  const text = file.source.text;
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const at = i >= 0 && text[i] === '-' ? i : Math.max(0, start - 2);
  return file.source.positionAt(at).character;
}

/**
 * Replace a list by a one-item list, keeping a block list a block list; a
 * list an alias stands for is replaced by the literal flow list. Undefined
 * for a block list without a last item to end on.
 */
export function replaceListByOne(file: ParsedFile, at: At<YAMLSeq> | YAMLSeq, item: string): TextEdit | undefined {
  const seq = nodeOf(at);
  if (!seq) return NO_TREE;
  if (seq.flow || isAliasCopy(seq)) return replaceNode(file, seq, `[${item}]`);
  const last = seq.items[seq.items.length - 1];
  if (!seq.range || !isNode(last)) return undefined;
  const from = seq.range[0];
  const lastSpan = spanOf(last, file.source);
  const to = lastSpan.offset + lastSpan.length;
  return { file: file.path, offset: from, length: to - from, text: `- ${item}` };
}

/**
 * Replace a field's value by a scalar or flow text. A block map or list is
 * replaced from just after its key's colon, so that the new value sits on
 * the key's line.
 */
export function replaceValue(file: ParsedFile, field: { key: At<Scalar>; node: At }, text: string): TextEdit {
  const key = nodeOf(field.key);
  const value = nodeOf(field.node);
  if (!key || !value) return NO_TREE;
  if (isScalar(value)) return /^[[{]/.test(text) ? replaceNode(file, value, text) : replaceScalar(file, value, text);
  if ((isMap(value) || isSeq(value)) && !value.flow) {
    const keyEnd = key.range ? key.range[1] : value.range ? value.range[0] : 0;
    const colon = file.source.text.indexOf(':', keyEnd);
    const span = spanOf(value, file.source);
    const from = colon >= 0 && colon < span.offset ? colon + 1 : span.offset;
    return { file: file.path, offset: from, length: span.offset + span.length - from, text: ` ${text}` };
  }
  return replaceNode(file, value, text);
}
