/**
 * Aliases stand for their anchor's value (rules.md "Aliases"): every alias of
 * a parsed document is replaced by a copy of its anchor's node, so that every
 * reader (validation, model, rules, queries) sees the value as if it were
 * written out. Every node of a copy carries the alias's range, so a finding on
 * an aliased value (or on any part of it) is placed on the alias.
 *
 * Edits: replacing a copy's root replaces the alias with the literal new value
 * (the anchor and its other users are untouched). An edit inside a copied
 * collection (an item, a key) cannot be written through the alias exactly;
 * such edits are marked, and fixes holding them are not offered.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { Span } from '../text/source-file';

/** Every node of an alias copy, mapped to the root of its copy. */
const copies = new WeakMap<object, Node>();

/** True for any node that stands in for an alias (its root or a part of it). */
export function isAliasCopy(node: unknown): boolean {
  return typeof node === 'object' && node !== null && copies.has(node);
}

/** True for a node inside an alias copy that is not the copy's root (it has no text of its own). */
export function isInsideAliasCopy(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const root = copies.get(node);
  return root !== undefined && root !== node;
}

export type AliasProblem = { span: Span; message: string };

/** Nodes copied in one document at most: beyond that the document is an alias bomb. */
const MAX_COPIED_NODES = 200_000;

/**
 * Replace every alias of `doc` by a copy of its anchor's node, in document
 * order (an anchor always precedes its aliases, so nested aliases are already
 * expanded when their anchor is copied). Returns a problem for an alias that
 * cannot stand for a value (its own ancestor, or past the copy budget); the
 * document is then left partly expanded and must not be read.
 */
export function expandAliases(doc: Document.Parsed): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  let budget = MAX_COPIED_NODES;
  let problem: AliasProblem | undefined;

  const expand = (node: unknown, ancestors: Node[]): unknown => {
    if (problem || typeof node !== 'object' || node === null) return node;
    if (isAlias(node)) {
      const alias = node;
      const span = spanOfRange(alias.range);
      const target = anchors.get(alias.source);
      if (!target) return node; // unresolved: reported by the parser's own expansion
      if (ancestors.includes(target)) {
        problem = { span, message: `the alias *${alias.source} stands inside its own anchor, a value without end; the file is not read` };
        return node;
      }
      const range: [number, number, number] = alias.range ? [alias.range[0], alias.range[1], alias.range[1]] : [0, 0, 0];
      const copy = copyNode(target, range, undefined, () => --budget >= 0);
      if (!copy) {
        problem = {
          span,
          message: `the alias *${alias.source} expands past the limit of ${MAX_COPIED_NODES} values; the file is not read`,
        };
        return node;
      }
      return copy;
    }
    if (isPair(node)) {
      const pair = node;
      pair.key = expand(pair.key, ancestors);
      pair.value = expand(pair.value, ancestors);
      return pair;
    }
    const n = node as Node;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor && !isAliasCopy(n)) anchors.set(anchor, n);
    if (isMap(n) || isSeq(n)) {
      ancestors.push(n);
      const items = n.items as unknown[];
      for (let i = 0; i < items.length; i++) items[i] = expand(items[i], ancestors);
      ancestors.pop();
    }
    return n;
  };
  doc.contents = expand(doc.contents, []) as Document.Parsed['contents'];
  return problem;
}

function spanOfRange(range: readonly number[] | null | undefined): Span {
  return range ? { offset: range[0], length: range[1] - range[0] } : { offset: 0, length: 0 };
}

/** A deep copy of `node` with every range set to `range` (each its own array), no anchors. */
function copyNode(node: Node, range: [number, number, number], root: Node | undefined, spend: () => boolean): Node | undefined {
  if (!spend()) return undefined;
  let out: Node;
  if (isScalar(node)) {
    const s = new Scalar(node.value);
    s.type = node.type;
    s.source = node.source;
    s.format = node.format;
    s.tag = node.tag;
    s.minFractionDigits = node.minFractionDigits;
    out = s;
  } else if (isMap(node)) {
    const m = new YAMLMap();
    m.flow = node.flow;
    m.tag = node.tag;
    out = m;
  } else if (isSeq(node)) {
    const q = new YAMLSeq();
    q.flow = node.flow;
    q.tag = node.tag;
    out = q;
  } else return undefined;
  out.range = [range[0], range[1], range[2]];
  const top = root ?? out;
  copies.set(out, top);
  if (isMap(node) && isMap(out)) {
    for (const item of node.items) {
      const pair = item;
      const key = isNodeLike(pair.key) ? copyNode(pair.key, range, top, spend) : pair.key;
      const value = isNodeLike(pair.value) ? copyNode(pair.value, range, top, spend) : pair.value;
      if ((isNodeLike(pair.key) && !key) || (isNodeLike(pair.value) && !value)) return undefined;
      const p = new Pair(key, value);
      copies.set(p, top);
      out.items.push(p);
    }
  } else if (isSeq(node) && isSeq(out)) {
    for (const item of node.items) {
      const copy = isNodeLike(item) ? copyNode(item, range, top, spend) : item;
      if (isNodeLike(item) && !copy) return undefined;
      out.items.push(copy);
    }
  }
  return out;
}

function isNodeLike(v: unknown): v is Node {
  return isScalar(v) || isMap(v) || isSeq(v);
}
