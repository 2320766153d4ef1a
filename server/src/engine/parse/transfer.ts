/**
 * A parsed file as plain data that crosses threads, and back: the CLI parses
 * files on worker threads (`project/parse-pool.ts`), and the `yaml` package's
 * documents do not survive a structured clone (their classes and the symbol
 * that says a node's kind are lost).
 *
 * `packParsedFile` writes the document's tree in pre-order into one typed
 * array (kinds, ranges, child counts) and three lists (the scalars' values,
 * their source texts, and the few other properties a node may carry:
 * comments, `spaceBefore`, number formats); `unpackParsedFile` builds the same
 * nodes again, so the result is what `parseFile` makes of the same text, node
 * for node (`tests/engine/parse-transfer.test.ts` compares every own property).
 *
 * A file that holds what this does not write (an anchor, an alias, a tag, a
 * parser error or warning kept on the document, a property it does not know)
 * is not packed: the caller parses it itself. Pure: no `node:` import.
 */
import {
  Document,
  YAMLParseError,
  YAMLWarning,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import { SourceText, type Span } from '../text/source-file';
import type { AliasProblem } from './alias-copies';
import { PARSE_OPTIONS, type ParsedFile, type SyntaxProblem } from './parse-file';

type ScalarValue = string | number | boolean | null;

/** A parsed file as plain data (see the module comment). */
export interface PackedFile {
  /** Pre-order tree: kind, then range (3), then for a scalar its type, for a collection its flag and item count. */
  tree: Int32Array;
  values: ScalarValue[];
  sources: string[];
  /** Other properties by node (its pre-order number), name and value. */
  extras: [number, string, ScalarValue][];
  /** The document's own range, comments and the parser's errors and warnings; absent for an empty file. */
  doc:
    | {
        range: [number, number, number];
        comment: string | null;
        commentBefore: string | null;
        docStart: boolean;
        docEnd: boolean;
        errors: PlainYamlError[];
        warnings: PlainYamlError[];
      }
    | undefined;
  extraDocuments: Span[];
  syntaxErrors: SyntaxProblem[];
  duplicateKeys: SyntaxProblem[];
  data: unknown;
  aliasBomb: AliasProblem | undefined;
}

class NotPackable extends Error {}

/** A parser error or warning as plain data (`parseFile` asks for them without line positions). */
interface PlainYamlError {
  code: YAMLParseError['code'];
  message: string;
  pos: [number, number];
}

const plainError = (e: YAMLParseError | YAMLWarning): PlainYamlError => {
  const keys = Object.keys(e).sort().join();
  if (keys !== 'code,message,name,pos') throw new NotPackable('error');
  return { code: e.code, message: e.message, pos: [e.pos[0], e.pos[1]] };
};

/** The prefix of the `!!` tag handle in a document without `%TAG` directives. */
const DEFAULT_TAG_PREFIX = 'tag:yaml.org,2002:';

const enum Kind {
  Empty = 0,
  Scalar = 1,
  Map = 2,
  Seq = 3,
  Pair = 4,
}

const SCALAR_TYPES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** The properties each kind of node always has, written in the tree itself. */
const SCALAR_OWN = new Set(['value', 'range', 'source', 'type']);
const COLLECTION_OWN = new Set(['items', 'range', 'flow']); // and `schema`, not enumerable
/** What else a node may carry; anything beyond these and the file is not packed. */
const EXTRA = new Set(['comment', 'commentBefore', 'spaceBefore', 'minFractionDigits', 'format']);

const isValue = (v: unknown): v is ScalarValue => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The file as plain data, or why not when it holds what cannot be written (see the module comment). */
export function packParsedFile(file: ParsedFile): { packed: PackedFile } | { refused: string } {
  if (file.unreadable !== undefined) return { refused: 'unreadable' };
  const tree: number[] = [];
  const values: ScalarValue[] = [];
  const sources: string[] = [];
  const extras: [number, string, ScalarValue][] = [];
  let ordinal = 0;
  /** `present`: how many of `own` the node has (each checked by the caller). */
  const extrasOf = (n: object, own: ReadonlySet<string>, present: number, at: number): void => {
    // The kind is a symbol, not enumerable: set again by the node's constructor.
    const keys = Object.keys(n);
    if (keys.length === present) return; // nothing but those
    for (const key of keys) {
      if (own.has(key)) continue;
      const v = (n as Record<string, unknown>)[key];
      if (!EXTRA.has(key) || !isValue(v)) throw new NotPackable(key);
      extras.push([at, key, v]);
    }
  };
  const range = (n: { range?: [number, number, number] | null }): void => {
    const r = n.range;
    if (!r) throw new NotPackable('range');
    tree.push(r[0], r[1], r[2]);
  };
  const write = (n: unknown): void => {
    const at = ordinal++;
    if (n === null || n === undefined) {
      tree.push(Kind.Empty);
      return;
    }
    if (isScalar(n)) {
      const type = SCALAR_TYPES.indexOf(n.type as (typeof SCALAR_TYPES)[number]);
      if (type < 0 || !isValue(n.value) || typeof n.source !== 'string') throw new NotPackable('scalar');
      tree.push(Kind.Scalar);
      range(n);
      tree.push(type);
      values.push(n.value);
      sources.push(n.source);
      extrasOf(n, SCALAR_OWN, SCALAR_OWN.size, at);
      return;
    }
    if (isMap(n) || isSeq(n)) {
      tree.push(isMap(n) ? Kind.Map : Kind.Seq);
      range(n);
      const flow = (n as { flow?: unknown }).flow;
      if (flow !== undefined && typeof flow !== 'boolean') throw new NotPackable('flow');
      tree.push(flow === undefined ? 0 : flow ? 1 : 2, n.items.length);
      extrasOf(n, COLLECTION_OWN, flow === undefined ? 2 : 3, at);
      for (const item of n.items) write(item);
      return;
    }
    if (isPair(n)) {
      if (Object.keys(n).length !== 2) throw new NotPackable('pair');
      tree.push(Kind.Pair);
      write(n.key);
      write(n.value);
      return;
    }
    throw new NotPackable(isAlias(n) ? 'alias' : 'node');
  };
  const doc = file.doc;
  let docMeta: PackedFile['doc'];
  try {
    if (doc) {
      const d = doc.directives;
      // A `%YAML` or `%TAG` directive: the document's directives are not the defaults a new document has.
      const tags = Object.entries(d.tags);
      if (d.yaml.explicit || tags.length !== 1 || tags[0][0] !== '!!' || tags[0][1] !== DEFAULT_TAG_PREFIX)
        throw new NotPackable('directive');
      write(doc.contents);
      docMeta = {
        range: [...doc.range],
        comment: doc.comment,
        commentBefore: doc.commentBefore,
        docStart: d.docStart === true,
        docEnd: d.docEnd === true,
        errors: doc.errors.map(plainError),
        warnings: doc.warnings.map(plainError),
      };
    }
  } catch (e) {
    if (e instanceof NotPackable) return { refused: e.message };
    throw e;
  }
  const packed: PackedFile = {
    tree: Int32Array.from(tree),
    values,
    sources,
    extras,
    doc: docMeta,
    extraDocuments: file.extraDocuments,
    syntaxErrors: file.syntaxErrors,
    duplicateKeys: file.duplicateKeys,
    data: file.data,
    aliasBomb: file.aliasBomb,
  };
  return { packed };
}

/** The file `packParsedFile` wrote, with `yaml` nodes again; `text` is the text it was parsed from. */
export function unpackParsedFile(path: string, text: string, packed: PackedFile): ParsedFile {
  let doc: Document.Parsed | undefined;
  if (packed.doc) {
    const d = new Document(undefined, PARSE_OPTIONS) as unknown as Document.Parsed;
    const schema = d.schema;
    const { tree, values, sources } = packed;
    const extras = packed.extras;
    let at = 0;
    let ordinal = 0;
    let value = 0;
    let extra = 0;
    const withExtras = <T extends object>(n: T, nodeOrdinal: number): T => {
      while (extra < extras.length && extras[extra][0] === nodeOrdinal) {
        const [, key, v] = extras[extra++];
        (n as Record<string, unknown>)[key] = v;
      }
      return n;
    };
    const read = (): Node | Pair | null => {
      const nodeOrdinal = ordinal++;
      const kind = tree[at++] as Kind;
      if (kind === Kind.Empty) return null;
      if (kind === Kind.Pair) {
        const key = read();
        return new Pair(key, read());
      }
      const range: [number, number, number] = [tree[at], tree[at + 1], tree[at + 2]];
      at += 3;
      if (kind === Kind.Scalar) {
        const s = new Scalar(values[value]);
        s.range = range;
        s.source = sources[value++];
        s.type = SCALAR_TYPES[tree[at++]];
        return withExtras(s, nodeOrdinal);
      }
      const c = kind === Kind.Map ? new YAMLMap(schema) : new YAMLSeq(schema);
      c.range = range;
      const flow = tree[at++];
      if (flow) c.flow = flow === 1;
      let count = tree[at++];
      withExtras(c, nodeOrdinal);
      const items = c.items as unknown[];
      while (count-- > 0) items.push(read());
      return c;
    };
    d.contents = read() as Document.Parsed['contents'];
    d.range = packed.doc.range;
    d.comment = packed.doc.comment;
    d.commentBefore = packed.doc.commentBefore;
    if (packed.doc.docStart) d.directives.docStart = true;
    if (packed.doc.docEnd) d.directives.docEnd = true;
    for (const e of packed.doc.errors) d.errors.push(new YAMLParseError(e.pos, e.code, e.message));
    for (const e of packed.doc.warnings) d.warnings.push(new YAMLWarning(e.pos, e.code, e.message));
    doc = d;
  }
  return {
    path,
    source: new SourceText(text),
    doc,
    extraDocuments: packed.extraDocuments,
    syntaxErrors: packed.syntaxErrors,
    duplicateKeys: packed.duplicateKeys,
    data: packed.data,
    aliasBomb: packed.aliasBomb,
  };
}
