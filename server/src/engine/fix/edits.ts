/**
 * Minimal text edits on a parsed file: replace a value, insert a key last in
 * its map, append or remove a list item. Each keeps comments, quoting, order
 * and the flow or block style of the collection it touches.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../findings';
import type { Field } from '../model/types';
import { nodeOf, type At } from '../model/handles';
import type { ParsedFile } from '../parse/parse-file';
import { mapId, spanOf } from '../parse/yaml-nodes';
import { isAliasCopy, isInsideAliasCopy } from '../parse/alias-copies';

export type InsertValue = string | ReadonlyArray<readonly [string, string]>;

/**
 * What a helper returns for a handle without its node (a model built for
 * findings only): no edit is computed then, and every fix of such an
 * analysis is dropped before it reaches a finding (analyze.ts).
 */
export const NO_TREE: TextEdit = Object.freeze({ file: '', offset: 0, length: 0, text: '' });

/** Marks an edit that changes a collection an alias stands for (see `TextEdit.throughAlias`). */
export function guardAlias(collection: Node, edit: TextEdit): TextEdit {
  return isAliasCopy(collection) ? { ...edit, throughAlias: true } : edit;
}

/** Replace a node's text; on an alias's value this replaces the alias with the literal text. */
export function replaceNode(file: ParsedFile, at: At | Node, text: string): TextEdit {
  const node = nodeOf(at);
  if (!node) return NO_TREE;
  const span = spanOf(node, file.source);
  const edit: TextEdit = { file: file.path, offset: span.offset, length: span.length, text };
  return isInsideAliasCopy(node) ? { ...edit, throughAlias: true } : edit;
}

/** Replace a scalar's text, keeping its quoting style when it was quoted. */
export function replaceScalar(file: ParsedFile, at: At<Scalar> | Scalar, value: string): TextEdit {
  const node = nodeOf(at);
  if (!node) return NO_TREE;
  const t = node.type;
  const text = t === 'QUOTE_DOUBLE' ? JSON.stringify(value) : t === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : value;
  return replaceNode(file, node, text);
}

/** Replace a written value: a scalar keeps its quoting style, anything else becomes the text. */
export function replaceWritten(file: ParsedFile, at: At | Node, text: string): TextEdit {
  const node = nodeOf(at);
  if (!node) return NO_TREE;
  return isScalar(node) ? replaceScalar(file, node, text) : replaceNode(file, node, text);
}

/** Rewrite a date field, keeping its quoting. */
export function setDate(file: ParsedFile, field: Field<string>, date: string): TextEdit {
  return replaceWritten(file, field.node, date);
}

function column(file: ParsedFile, offset: number): number {
  return file.source.positionAt(offset).character;
}

function lastContentEnd(file: ParsedFile, node: Node): number {
  const s = spanOf(node, file.source);
  return s.offset + s.length;
}

function closingOffset(file: ParsedFile, node: Node, ch: string): number {
  const r = node.range;
  if (!r) return 0;
  const idx = file.source.text.lastIndexOf(ch, r[1] - 1);
  return idx >= r[0] ? idx : r[1];
}

/** Indentation step of the file: the map's indent minus its parent's, else 2. */
function indentStep(file: ParsedFile, map: YAMLMap): number {
  const first = map.items[0];
  const k = first && (first.key as Node | null);
  const value = first?.value as Node | null | undefined;
  if (value && (isMap(value) || isSeq(value)) && !value.flow && k?.range && value.range) {
    const inner = isMap(value) ? (value.items[0]?.key as Node | undefined) : (value.items[0] as Node | undefined);
    if (inner?.range) {
      const d = column(file, inner.range[0]) - column(file, k.range[0]);
      if (d > 0 && d <= 8) return d;
    }
  }
  return 2;
}

function flowValue(value: InsertValue): string {
  return typeof value === 'string' ? value : `{ ${value.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** Insert `key: value` as the last key of `map`, in the map's style and indentation. */
export function insertKey(file: ParsedFile, at: At<YAMLMap> | YAMLMap, key: string, value: InsertValue): TextEdit {
  const map = nodeOf(at);
  if (!map) return NO_TREE;
  return guardAlias(map, { ...insertKeyText(file, map, key, value), writesKey: { map: mapId(map), key } });
}

function insertKeyText(file: ParsedFile, map: YAMLMap, key: string, value: InsertValue): TextEdit {
  const eol = file.source.eol;
  if (map.flow) {
    const close = closingOffset(file, map, '}');
    const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
    if (!last) return { file: file.path, offset: close, length: 0, text: `${key}: ${flowValue(value)}` };
    const end = lastContentEnd(file, last.value ?? last.key);
    return { file: file.path, offset: end, length: 0, text: `, ${key}: ${flowValue(value)}` };
  }
  const first = map.items[0] as Pair<Node, Node | null> | undefined;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (!first || !last || !(first.key as Node | null)?.range) {
    const at = map.range ? map.range[0] : 0;
    return { file: file.path, offset: at, length: 0, text: `${key}: ${flowValue(value)}` };
  }
  const indent = column(file, first.key.range![0]);
  const endNode = last.value ?? last.key;
  const end = lastContentEnd(file, endNode);
  const line = file.source.positionAt(end).line;
  const at = file.source.lineEnd(line);
  const pad = ' '.repeat(indent);
  let text: string;
  if (typeof value === 'string') text = `${eol}${pad}${key}: ${value}`;
  else {
    const inner = ' '.repeat(indent + indentStep(file, map));
    text = `${eol}${pad}${key}:` + value.map(([k, v]) => `${eol}${inner}${k}: ${v}`).join('');
  }
  return { file: file.path, offset: at, length: 0, text };
}

/** Append an item to a list, in its style. */
export function appendItem(file: ParsedFile, at: At<YAMLSeq> | YAMLSeq, text: string): TextEdit {
  const seq = nodeOf(at);
  if (!seq) return NO_TREE;
  return guardAlias(seq, appendItemIn(file, seq, text));
}

function appendItemIn(file: ParsedFile, seq: YAMLSeq, text: string): TextEdit {
  const items = seq.items as Node[];
  if (seq.flow) {
    const last = items[items.length - 1];
    if (!last) return { file: file.path, offset: closingOffset(file, seq, ']'), length: 0, text };
    return { file: file.path, offset: lastContentEnd(file, last), length: 0, text: `, ${text}` };
  }
  const last = items[items.length - 1];
  const first = items[0];
  if (!last?.range || !first?.range) return { file: file.path, offset: seq.range?.[0] ?? 0, length: 0, text: `- ${text}` };
  const dash = dashColumn(file, first);
  const line = file.source.positionAt(lastContentEnd(file, last)).line;
  return { file: file.path, offset: file.source.lineEnd(line), length: 0, text: `${file.source.eol}${' '.repeat(dash)}- ${text}` };
}

/**
 * Append a map item (`fields` in order) to a list: `{ k: v, ... }` in a flow
 * list or an empty one, else a block item of `k: v` lines.
 */
export function appendMapItem(file: ParsedFile, at: At<YAMLSeq> | YAMLSeq, fields: ReadonlyArray<readonly [string, string]>): TextEdit {
  const seq = nodeOf(at);
  if (!seq) return NO_TREE;
  if (seq.flow || seq.items.length === 0) return appendItem(file, seq, `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
  return appendBlockItem(
    file,
    seq,
    fields.map(([k, v]) => `${k}: ${v}`),
  );
}

/** Append a block of lines (already indented for the list's items) as a new item of a block list. */
function appendBlockItem(file: ParsedFile, seq: YAMLSeq, lines: string[]): TextEdit {
  return guardAlias(seq, appendBlockItemIn(file, seq, lines));
}

function appendBlockItemIn(file: ParsedFile, seq: YAMLSeq, lines: string[]): TextEdit {
  const items = seq.items as Node[];
  const last = items[items.length - 1];
  const first = items[0];
  const eol = file.source.eol;
  const dash = first?.range ? dashColumn(file, first) : 0;
  const body = lines.map((l, i) => (i === 0 ? `${' '.repeat(dash)}- ${l}` : `${' '.repeat(dash + 2)}${l}`)).join(eol);
  if (!last?.range) return { file: file.path, offset: seq.range?.[0] ?? 0, length: 0, text: body };
  const line = file.source.positionAt(lastContentEnd(file, last)).line;
  return { file: file.path, offset: file.source.lineEnd(line), length: 0, text: `${eol}${body}` };
}

function dashColumn(file: ParsedFile, item: Node): number {
  const start = item.range![0];
  const text = file.source.text;
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i >= 0 && text[i] === '-') return column(file, i);
  return Math.max(0, column(file, start) - 2);
}

/** Remove one item of a list (flow: with its comma; block: its whole lines). */
export function removeItem(file: ParsedFile, seq: YAMLSeq, index: number): TextEdit {
  return guardAlias(seq, removeItemIn(file, seq, index));
}

function removeItemIn(file: ParsedFile, seq: YAMLSeq, index: number): TextEdit {
  const items = seq.items as Node[];
  const item = items[index];
  const span = spanOf(item, file.source);
  if (seq.flow) {
    if (index < items.length - 1) {
      const next = items[index + 1].range![0];
      return { file: file.path, offset: span.offset, length: next - span.offset, text: '' };
    }
    if (index > 0) {
      const prevEnd = lastContentEnd(file, items[index - 1]);
      return { file: file.path, offset: prevEnd, length: span.offset + span.length - prevEnd, text: '' };
    }
    return { file: file.path, offset: span.offset, length: span.length, text: '' };
  }
  const startLine = file.source.positionAt(span.offset).line;
  const endLine = file.source.positionAt(span.offset + span.length).line;
  const from = file.source.lineStart(startLine);
  const to = file.source.lineEndWithBreak(endLine);
  return { file: file.path, offset: from, length: to - from, text: '' };
}
