/**
 * Structure: validate a parsed file against the zod schema and map every zod
 * issue to the YAML node it concerns (MP002, MP003, MP006). Each problem is
 * data; the structure rules turn them into findings with fixes.
 */
import { WITH_NODES, type Handles, type MapAt } from '../model/handles';
import { phrase, type MessageArg, type MessageData } from '../messages/message';
import { SCHEMA_PHRASES } from '../messages/phrases';
import { pathLabel, placeOf } from './place';
import type * as z from 'zod';
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { safeParse } from 'zod';
import { AMBIGUOUS_PERCENTAGE, Money, PlanFile, TEXT_EXPECTED } from '../../../../schemas/plan';
import { MAX_ALIAS_COUNT, type ParsedFile } from './parse-file';
import { splicedInside } from './incremental';
import { locate, type TrailStep } from './locate';
import { isAliasCopy, isInsideAliasCopy } from './alias-copies';
import { knownKeys, schemaAt, enumValues } from './schema-walk';
import { findPair, keysOf, mapId, spanOf } from './yaml-nodes';
import type { Span } from '../text/source-file';
import { commentAsValue, type QuoteEdit } from './hash-comment';

/**
 * A structure problem names its message by id (a template of the rule that
 * reports it: MP002, MP003 or MP006) with the values it names; a problem
 * whose text is already made (a parser's duplicate key, an alias) is `problem`.
 */
interface Said {
  messageId: string;
  data: MessageData;
}

export type StructureProblem =
  | ({ kind: 'schema'; span: Span; enumValues?: string[]; value?: string; replacement?: string; quote?: QuoteEdit } & Said)
  | ({ kind: 'missing-key'; span: Span; map: MapAt; key: string; path: PropertyKey[] } & Said)
  | ({
      kind: 'unknown-key';
      span: Span;
      key: string;
      known: string[];
      /** The map holding the key (its `KeyWrite` id) and the keys it holds: what a rename may not write twice. */
      map: number;
      held: ReadonlySet<string>;
      /** The key is inside a value an alias stands for: its text is the alias's, so no rename can be written there. */
      throughAlias: boolean;
    } & Said)
  | ({ kind: 'ambiguous-percentage'; span: Span; value: number } & Said);

const made = (text: string): Said => ({ messageId: 'problem', data: { problem: text } });

type Issue = z.core.$ZodIssue;

/**
 * `whole`: check the whole file at once, never item by item (the reference the
 * item-by-item check is tested against).
 */
export function validateFile(file: ParsedFile, how: 'items' | 'whole' = 'items', handles: Handles = WITH_NODES): StructureProblem[] {
  return problemsOf(file, how, handles);
}

/** `handles`: how a problem holds the map a missing key goes into (MP002 inserts it there); offsets only for a model that keeps no node. */
function problemsOf(file: ParsedFile, how: 'items' | 'whole', handles: Handles): StructureProblem[] {
  const out: StructureProblem[] = [];
  for (const d of file.duplicateKeys) {
    const key = file.source.text.slice(d.span.offset, d.span.offset + d.span.length);
    out.push({ kind: 'schema', span: d.span, messageId: 'duplicateKey', data: { key } });
  }
  for (const d of file.extraDocuments) {
    out.push({ kind: 'schema', span: d, messageId: 'secondDocument', data: {} });
  }
  const doc = file.doc;
  // No content (an empty file, comments only, a lone `---`): an empty plan file.
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.source)) return out;
  // A key must be a plain word: a list or map used as a key is stringified by YAML and means nothing here.
  for (const key of keysNotWords(doc.contents))
    out.push({ kind: 'schema', span: spanOf(key, file.source), messageId: 'keyNotWord', data: {} });
  if (file.aliasBomb) {
    out.push({ kind: 'schema', span: file.aliasBomb.span, ...made(file.aliasBomb.message) });
    return out;
  }
  const issues = flattenIssues(planIssues(file, how), []);
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const p of mapIssue(file, issue, handles)) {
      const key = `${p.kind}:${p.span.offset}:${p.span.length}:${p.kind === 'unknown-key' ? p.key : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  out.push(...floorsAboveList(file));
  // `version` is required in the file that declares `plan:`.
  const root = doc.contents;
  if (isMap(root)) {
    const planPair = findPair(root, 'plan');
    if (planPair && !findPair(root, 'version') && isScalar(planPair.key)) {
      out.push({
        kind: 'missing-key',
        span: spanOf(planPair.key, file.source),
        messageId: 'missingVersion',
        data: {},
        map: handles.at(root),
        key: 'version',
        path: ['version'],
      });
    }
  }
  return out;
}

/** Keys written as a list or a map, in document order (a direct walk: maps, lists, pairs). */
function keysNotWords(node: unknown, out: Node[] = []): Node[] {
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        if (key && (isMap(key) || isSeq(key))) out.push(key);
        keysNotWords(item.key, out);
        keysNotWords(item.value, out);
      } else keysNotWords(item, out);
    }
  }
  return out;
}

type Schema = z.core.$ZodType;

/** The lists of entities, by section and key, with the schema of one item. */
const ENTITY_LISTS: ReadonlyMap<string, ReadonlyMap<string, Schema>> = new Map(
  (
    [
      ['upstream', ['research', 'segments', 'channels', 'products', 'initiatives']],
      ['downstream', ['campaigns']],
    ] as const
  ).map(([section, keys]) => [section, new Map(keys.map((k) => [k, schemaAt(PlanFile, [section, k, 0]) as Schema]))]),
);

/** The issues of one list item, by its map: an item an edit did not change (`splicedInside`) is not checked again. */
const itemIssueCache = new WeakMap<Node, { schema: Schema; issues: readonly Issue[] }>();

function itemIssues(doc: Document.Parsed, item: Node, schema: Schema): readonly Issue[] {
  const known = itemIssueCache.get(item);
  if (known && known.schema === schema && !splicedInside(item)) return known.issues;
  const result = safeParse(schema, item.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }));
  const issues = result.success ? [] : result.error.issues;
  itemIssueCache.set(item, { schema, issues });
  return issues;
}

const plainKey = (pair: Pair): string | undefined =>
  isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;

/**
 * The schema's issues for the whole file. A file without aliases is checked
 * as the plan file with its lists of entities empty, then item by item (an
 * item's issues are kept while it is unchanged, so an edit re-checks the
 * item it falls in): the same issues as one check of the whole, since a list
 * of entities constrains nothing but its items. Anything less plain (an
 * alias, a key that is not a word at the top) is checked whole.
 */
function planIssues(file: ParsedFile, how: 'items' | 'whole'): readonly Issue[] {
  const doc = file.doc;
  const root = doc?.contents;
  const whole = (): readonly Issue[] => {
    // A text with an alias was read whole when parsed (`data`, absent when it could not be expanded: then its MP001 or MP002 says why).
    const data: unknown = file.source.text.includes('*') ? file.data : doc?.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const result = PlanFile.safeParse(data ?? null);
    return result.success ? [] : result.error.issues;
  };
  if (how === 'whole' || !doc || !isMap(root) || file.source.text.includes('*')) return whole();
  const top: Record<string, unknown> = {};
  const items: { path: PropertyKey[]; item: Node; schema: Schema }[] = [];
  for (const pair of root.items) {
    const key = plainKey(pair);
    if (key === undefined || key === '__proto__' || Object.hasOwn(top, key)) return whole();
    const lists = ENTITY_LISTS.get(key);
    const value = pair.value as Node | null;
    if (!lists || !isMap(value)) {
      top[key] = value ? value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
      continue;
    }
    const section: Record<string, unknown> = {};
    for (const inner of value.items) {
      const name = plainKey(inner);
      if (name === undefined || name === '__proto__' || Object.hasOwn(section, name)) return whole();
      const schema = lists.get(name);
      const list = inner.value as Node | null;
      if (schema && isSeq(list)) {
        // An item with no node to keep its issues by: the file is checked whole.
        if (list.items.some((item) => !item || !(item as Node).range)) return whole();
        section[name] = [];
        list.items.forEach((item, i) => items.push({ path: [key, name, i], item: item as Node, schema }));
      } else section[name] = list ? list.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : null;
    }
    top[key] = section;
  }
  const result = PlanFile.safeParse(top);
  const out: Issue[] = result.success ? [] : [...result.error.issues];
  for (const { path, item, schema } of items)
    for (const issue of itemIssues(doc, item, schema)) out.push({ ...issue, path: [...path, ...issue.path] });
  return out;
}

/** A product's `floor` above its `list` price: MP002 on the floor (the model then drops the floor). */
function floorsAboveList(file: ParsedFile): StructureProblem[] {
  const out: StructureProblem[] = [];
  const root = file.doc?.contents;
  const up = isMap(root) ? findPair(root, 'upstream')?.value : undefined;
  const products = isMap(up) ? findPair(up, 'products')?.value : undefined;
  if (!isSeq(products)) return out;
  products.items.forEach((item, i) => {
    const pricing = isMap(item) ? findPair(item, 'pricing')?.value : undefined;
    if (!isMap(pricing)) return;
    const list = findPair(pricing, 'list')?.value;
    const floor = findPair(pricing, 'floor')?.value;
    if (!isScalar(list) || !isScalar(floor) || !Money.safeParse(list.value).success || !Money.safeParse(floor.value).success) return;
    if (Math.round(Number(floor.value) * 100) <= Math.round(Number(list.value) * 100)) return;
    out.push({
      kind: 'schema',
      span: spanOf(floor, file.source),
      messageId: 'floorAboveList',
      data: {
        path: `upstream.products[${i}].pricing.floor`,
        place: placeOf(file.doc, ['upstream', 'products', i, 'pricing', 'floor']),
        floor: describeValue(floor, file),
        list: describeValue(list, file),
      },
    });
  });
  return out;
}

/** Unions: keep the issues of the one branch that matched the value's shape. */
function flattenIssues(issues: readonly Issue[], prefix: PropertyKey[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && 'errors' in issue && Array.isArray(issue.errors) && issue.errors.length) {
      const shaped = issue.errors.filter(
        (branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')),
      );
      if (shaped.length === 1) {
        out.push(...flattenIssues(shaped[0], path));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

function describeValue(node: Node, file: ParsedFile): string {
  const span = spanOf(node, file.source);
  // An aliased scalar is described by its anchor's text (`5`, not `*low`).
  const text =
    isAliasCopy(node) && isScalar(node) && node.source !== undefined
      ? node.source
      : file.source.text.slice(span.offset, span.offset + span.length);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The schema's messages by their English text -> their phrase ids. */
const SCHEMA_IDS = new Map(Object.entries(SCHEMA_PHRASES).map(([id, english]) => [english, id]));

/** What the format expects as a phrase (translated); a message of zod's own that no phrase holds stays as zod says it. */
function expectedArg(message: string): MessageArg {
  const id = SCHEMA_IDS.get(message);
  return id !== undefined ? phrase(id) : message;
}

/** zod's words for a wrong type, said for a plan's reader. */
function typeMessage(issue: Issue, path: readonly PropertyKey[]): MessageArg {
  if (issue.code !== 'invalid_type') return expectedArg(issue.message);
  if (path.length === 0) return phrase('schema.planFile');
  const expected =
    issue.expected === 'object'
      ? 'schema.map'
      : issue.expected === 'array'
        ? 'schema.list'
        : issue.expected === 'number'
          ? 'schema.number'
          : issue.expected === 'string'
            ? 'schema.text'
            : undefined;
  if (!issue.message.startsWith('Invalid input')) return expectedArg(issue.message);
  return expected ? phrase(expected) : `expected ${String(issue.expected)}`;
}

function mapIssue(file: ParsedFile, issue: Issue, handles: Handles): StructureProblem[] {
  const one = mapOneIssue(file, issue, handles);
  return Array.isArray(one) ? one : one ? [one] : [];
}

function mapOneIssue(file: ParsedFile, issue: Issue, handles: Handles): StructureProblem | StructureProblem[] | undefined {
  const doc = file.doc;
  if (!doc) return undefined;
  const path = issue.path;
  const where = locate(doc, path);
  if (!where) return undefined;
  const label = pathLabel(path);
  const place = placeOf(doc, path);
  const source = file.source;

  if (issue.code === 'unrecognized_keys' && isMap(where.node) && where.depth === path.length) {
    const known = knownKeys(PlanFile, path);
    const map = where.node;
    const held = keysOf(map);
    return issue.keys.flatMap((key): StructureProblem[] => {
      const pair = findPair(map, key);
      if (!pair || !isScalar(pair.key)) return [];
      return [
        {
          kind: 'unknown-key',
          span: spanOf(pair.key, source),
          messageId: 'unknownKey',
          data: { key, path: label, place },
          key,
          known,
          map: mapId(map),
          held,
          throughAlias: isAliasCopy(pair.key) || isInsideAliasCopy(pair.key),
        },
      ];
    });
  }

  const resolved = where.depth === path.length;
  if (where.depth === path.length - 1 && isMap(where.node) && path.length > 0 && !findPair(where.node, String(path[path.length - 1]))) {
    const missing = String(path[path.length - 1]);
    return {
      kind: 'missing-key',
      span: missingKeyPlace(where.trail, where.node, file),
      messageId: 'missingKey',
      data: { key: missing, path: pathLabel(path.slice(0, -1)), place: placeOf(doc, path.slice(0, -1)) },
      map: handles.at(where.node),
      key: missing,
      path: [...path],
    };
  }
  if (!resolved) {
    return {
      kind: 'schema',
      span: spanOf(where.node, source),
      messageId: 'invalid',
      data: { path: label, place, expected: typeMessage(issue, path) },
    };
  }
  const node = where.node;
  if (issue.code === 'invalid_type' && issue.message === AMBIGUOUS_PERCENTAGE && isScalar(node) && typeof node.value === 'number') {
    return {
      kind: 'ambiguous-percentage',
      span: spanOf(node, source),
      messageId: 'bareNumber',
      data: { path: label, place, value: describeValue(node, file) },
      value: node.value,
    };
  }
  // `headline: #1 game`, `- #summer`: the text meant as the value is a comment (where the empty value is).
  const quote =
    isScalar(node) && node.value === null && !node.source && issue.message === TEXT_EXPECTED
      ? commentAsValue(source.text, node.range?.[0] ?? 0)
      : undefined;
  if (quote) {
    const span = spanOf(where.key && node !== where.key ? where.key : node, source);
    return { kind: 'schema', span, messageId: 'valueIsComment', data: { path: label, place }, quote };
  }
  // A key with no value: the key itself, and the field counts as absent.
  if (isScalar(node) && node.value === null && where.key && node !== where.key && (node.source ?? '') === '') {
    return {
      kind: 'schema',
      span: spanOf(where.key, source),
      messageId: 'noValue',
      data: { path: label, place, expected: expectedArg(issue.message) },
    };
  }
  if (node === where.key) {
    return {
      kind: 'schema',
      span: spanOf(node, source),
      messageId: 'noValue',
      data: { path: label, place, expected: expectedArg(issue.message) },
    };
  }
  // `[any]` or `[female, any]`: `any` is a word of its own.
  const parent = where.trail.length >= 2 ? where.trail[where.trail.length - 2].node : undefined;
  if (isScalar(node) && node.value === 'any' && parent && isSeq(parent)) {
    return {
      kind: 'schema',
      span: spanOf(parent, source),
      messageId: 'anyInList',
      data: { path: pathLabel(path.slice(0, -1)), place: placeOf(doc, path.slice(0, -1)) },
      replacement: 'any',
    };
  }
  if (issue.code === 'invalid_value') {
    const schema = schemaAt(PlanFile, path);
    const values = schema ? enumValues(schema) : undefined;
    if (values && isScalar(node)) {
      return {
        kind: 'schema',
        span: spanOf(node, source),
        messageId: 'notOneOf',
        data: { path: label, place, value: describeValue(node, file), allowed: values.join(', ') },
        enumValues: values,
        value: String(node.value),
      };
    }
  }
  const got = describeValue(node, file);
  return got && !got.includes('\n')
    ? {
        kind: 'schema',
        span: spanOf(node, source),
        messageId: 'invalidGot',
        data: { path: label, place, expected: typeMessage(issue, path), got },
      }
    : {
        kind: 'schema',
        span: spanOf(node, source),
        messageId: 'invalid',
        data: { path: label, place, expected: typeMessage(issue, path) },
      };
}

/** Missing key: on the list item's `id` value, else its first key; else on the key of the parent map. */
function missingKeyPlace(trail: TrailStep[], map: YAMLMap, file: ParsedFile): Span {
  const step = trail[trail.length - 1];
  if (step.index !== undefined) {
    const id = findPair(map, 'id');
    if (id?.value && isScalar(id.value) && id.value.value !== null) return spanOf(id.value, file.source);
    const first = map.items[0];
    if (first && isScalar(first.key)) return spanOf(first.key, file.source);
    return spanOf(map, file.source);
  }
  if (step.key) return spanOf(step.key, file.source);
  return spanOf(map, file.source);
}
