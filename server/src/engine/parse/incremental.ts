/**
 * Incremental re-parse for the language server: when an edit stays inside one
 * item of a block list (a campaign, a segment...), parse only that item's lines
 * and splice the new node into the previous document, shifting the ranges of
 * everything after it. Any doubt falls back to a full parse (the caller's job):
 * the result must be exactly what a full parse would give (a property test
 * compares both).
 */
import { isMap, isPair, isSeq, parseAllDocuments, visit, type Node, type YAMLSeq } from 'yaml';
import { SourceText } from '../text/source-file';
import { isAliasCopy } from './alias-copies';
import { MAX_ALIAS_COUNT, PARSE_OPTIONS, type ParsedFile } from './parse-file';
import { MAX_NESTING, tooDeepAt } from './nesting';

interface ItemAt {
  seq: YAMLSeq;
  index: number;
  node: Node;
  /** The collections holding it, from the root down to its list. */
  ancestors: Node[];
}

/** Collections a splice changed inside: their identity no longer stands for their content (see `splicedInside`). */
const spliced = new WeakSet<Node>();

/**
 * True when an incremental re-parse replaced a node somewhere inside `node`:
 * `node` is the same object as before but holds a new text. A node not
 * marked holds exactly the text it held when it was parsed (its ranges
 * shifted at most), so what was read from it still stands.
 */
export function splicedInside(node: Node): boolean {
  return spliced.has(node);
}

/** The lines an item of a block list spans: from the start of its first line to the end (break included) of its last content line. */
function itemLines(n: Node, source: SourceText): [number, number] {
  const start = source.lineStart(source.positionAt(n.range![0]).line);
  return [start, source.lineEndWithBreak(source.positionAt(lastContent(n, source)).line)];
}

/**
 * The innermost item of a block list whose lines contain [from, to). Descends
 * from the root through the one child that can hold the edit (a binary search
 * among a list's items), so its cost follows the depth, not the size, of the
 * document.
 */
function innermostItem(root: Node, from: number, to: number, source: SourceText): ItemAt | undefined {
  let best: ItemAt | undefined;
  let node: Node | undefined = root;
  const chain: Node[] = [];
  while (node) {
    chain.push(node);
    let next: Node | undefined;
    if (isSeq(node)) {
      const seq: YAMLSeq = node;
      const items = seq.items as (Node | null)[];
      // The last item starting at or before `from` (items are in text order).
      let lo = 0;
      let hi = items.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = items[mid]?.range;
        if (!r) return undefined; // no place to search by: a full parse
        if (r[0] <= from) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      // An item's lines start before its range (indentation, `- `): the next item may hold `from` too.
      for (const i of [at + 1, at]) {
        const n = i >= 0 ? items[i] : undefined;
        if (!n || !n.range || !isMap(n)) continue;
        const [lineFrom, lineTo] = itemLines(n, source);
        if (from >= lineFrom && to <= lineTo) {
          if (!seq.flow) best = { seq, index: i, node: n, ancestors: chain.slice() };
          next = n;
          break;
        }
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const v = pair.value as Node | null;
        if (v && (isMap(v) || isSeq(v)) && v.range && v.range[0] <= to && from <= v.range[1]) {
          next = v;
          break;
        }
      }
    }
    node = next;
  }
  return best;
}

function lastContent(node: Node, source: SourceText): number {
  const r = node.range;
  if (!r) return 0;
  let end = r[1];
  while (end > r[0] && /\s/.test(source.text[end - 1])) end--;
  return Math.max(r[0], end - 1);
}

/** Moves every range at or after `from` by `delta` (a direct walk: maps, lists, pairs, scalars). */
function shift(node: unknown, from: number, delta: number): void {
  if (delta === 0 || !node || typeof node !== 'object') return;
  const n = node as Node;
  const r = n.range;
  if (r) {
    if (r[1] < from && r[2] < from) return; // a node ending before the edit holds nothing after it
    if (r[0] >= from) r[0] += delta;
    if (r[1] >= from) r[1] += delta;
    if (r[2] >= from) r[2] += delta;
  }
  if (isMap(n) || isSeq(n)) {
    for (const item of n.items as unknown[]) {
      if (isPair(item)) {
        shift(item.key, from, delta);
        shift(item.value, from, delta);
      } else shift(item, from, delta);
    }
  }
}

function hasEmptyValue(node: Node): boolean {
  let found = false;
  visit(node, {
    Scalar(_k, n) {
      if (n.value === null && !n.source) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function hasAlias(node: Node): boolean {
  let found = false;
  visit(node, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
    Node(_k, n) {
      if (n && (n.anchor || isAliasCopy(n))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Re-parse `text`, given the previous parse of the file, by re-parsing only the
 * block-list item the edit falls in. Returns undefined when that is not safe;
 * the previous document is reused (and mutated) only on success.
 */
export function reparseIncrementally(prev: ParsedFile, text: string): ParsedFile | undefined {
  const doc = prev.doc;
  const old = prev.source.text;
  if (!doc || !doc.contents || prev.syntaxErrors.length || prev.duplicateKeys.length || prev.extraDocuments.length || prev.aliasBomb)
    return undefined;
  if (doc.errors.length || doc.warnings.length) return undefined;
  // A CR alone is a line break the parser is only shown through the full parse's normalisation.
  if (/\r(?!\n)/.test(text)) return undefined;
  // The changed region: common prefix and suffix.
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const delta = text.length - old.length;
  if (p === old.length && delta === 0) return undefined;
  const root = doc.contents as Node;
  const item = innermostItem(root, p, oldEnd, prev.source);
  if (!item || hasAlias(item.node)) return undefined;
  const src = prev.source;
  const itemStartLine = src.positionAt(item.node.range![0]).line;
  const regionStart = src.lineStart(itemStartLine);
  const regionOldEnd = src.lineEndWithBreak(src.positionAt(lastContent(item.node, src)).line);
  // The edit must leave the region's first line's `- ` prefix alone and end inside the region.
  const dashEnd = item.node.range![0];
  if (p < dashEnd || oldEnd > regionOldEnd) return undefined;
  const regionNewEnd = regionOldEnd + delta;
  const regionText = text.slice(regionStart, regionNewEnd);
  if (/[&*!|>]/.test(regionText) || /[&*!|>]/.test(old.slice(regionStart, regionOldEnd))) return undefined;
  // The region must end at a line break (or the end of the text), and what follows must not be more indented.
  if (regionNewEnd < text.length && !/\n$/.test(regionText)) return undefined;
  // The item nests as deep as the parser may go where it stands in the document (parse-file.ts reads the same limit).
  if (tooDeepAt(regionText, MAX_NESTING - item.ancestors.length - 1) >= 0) return undefined;
  const parsed = parseAllDocuments(regionText, PARSE_OPTIONS);
  if (!Array.isArray(parsed) || parsed.length !== 1) return undefined;
  const sub = parsed[0];
  if (sub.errors.length || sub.warnings.length || !isSeq(sub.contents) || sub.contents.flow) return undefined;
  const subSeq = sub.contents as YAMLSeq;
  const newItem = subSeq.items[0] as Node | undefined;
  if (subSeq.items.length !== 1 || !newItem || !isMap(newItem) || !newItem.range) return undefined;
  // Nothing but the item in the region (a trailing comment line would change the ranges of its ancestors).
  if (newItem.range[1] !== regionText.length || newItem.range[2] !== regionText.length) return undefined;
  // An empty value's range depends on what follows it: leave those to a full parse.
  if (hasEmptyValue(newItem)) return undefined;
  // The same column for the item's keys: the list's layout is unchanged.
  if (newItem.range[0] + regionStart !== dashEnd) return undefined;
  // The first content line after the region must not be more indented than the item's dash.
  const dashCol = dashEnd - regionStart - 2;
  for (let at = regionNewEnd; at < text.length;) {
    const eol = text.indexOf('\n', at);
    const line = text.slice(at, eol < 0 ? text.length : eol).replace(/\r$/, '');
    const body = line.trimStart();
    if (body && !body.startsWith('#')) {
      if (line.length - body.length > dashCol) return undefined;
      break;
    }
    if (eol < 0) break;
    at = eol + 1;
  }
  // Splice: shift everything after the old region, then put the new item in place.
  shift(root, regionOldEnd, delta);
  const r = doc.range;
  if (r[1] >= regionOldEnd) r[1] += delta;
  if (r[2] >= regionOldEnd) r[2] += delta;
  visit(newItem, (_k, n) => {
    const nr = n ? (n as Node).range : undefined;
    if (nr) {
      nr[0] += regionStart;
      nr[1] += regionStart;
      nr[2] += regionStart;
    }
    return undefined;
  });
  item.seq.items[item.index] = newItem;
  for (const a of item.ancestors) spliced.add(a);
  // The plain data of the whole document only where validation needs it whole (an alias somewhere); else each item's is read when checked.
  let data: unknown;
  try {
    if (text.includes('*')) data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
  return {
    path: prev.path,
    source: new SourceText(text),
    doc,
    extraDocuments: [],
    syntaxErrors: [],
    duplicateKeys: [],
    data,
    aliasBomb: undefined,
  };
}
