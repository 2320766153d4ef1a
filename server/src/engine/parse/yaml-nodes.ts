/** Small, typed helpers over the `yaml` package's AST (kept with exact ranges). */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceText, Span } from '../text/source-file';

/** The span of a node's value (a node, or a model's handle on one: anything with a yaml-style range), trailing whitespace trimmed. */
export function spanOf(node: { readonly range?: readonly [number, number, number] | null }, source: SourceText): Span {
  const r = node.range;
  if (!r) return { offset: 0, length: 0 };
  let end = r[1];
  const text = source.text;
  while (end > r[0] && /\s/.test(text[end - 1])) end--;
  return { offset: r[0], length: end - r[0] };
}

/** A scalar's value as text. Plans are read with the YAML 1.2 core schema, whose scalars are strings, numbers, booleans and null. */
export function scalarText(value: unknown): string {
  const primitive = value as string | number | boolean | null;
  return String(primitive);
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value === null ? undefined : scalarText(k.value);
  return undefined;
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const item of map.items) {
    if (keyText(item) === key) return item as Pair<Node, Node | null>;
  }
  return undefined;
}

export function asMap(node: Node | null | undefined): YAMLMap | undefined {
  return node && isMap(node) ? node : undefined;
}

export function asSeq(node: Node | null | undefined): YAMLSeq | undefined {
  return node && isSeq(node) ? node : undefined;
}

/** True for a key written with no value (`evidence:`). */
export function isEmptyValue(node: Node | null | undefined): boolean {
  return !node || (isScalar(node) && node.value === null && (node.source === undefined || node.source === ''));
}

/** The keys a map holds, as text. */
export function keysOf(map: YAMLMap): Set<string> {
  const out = new Set<string>();
  for (const item of map.items) {
    const key = item.key as Node | null;
    if (key && isScalar(key) && key.value !== null) out.add(scalarText(key.value));
  }
  return out;
}

/** The offset that identifies a map in `KeyWrite` (its start). */
export function mapId(map: YAMLMap): number {
  return map.range?.[0] ?? 0;
}
