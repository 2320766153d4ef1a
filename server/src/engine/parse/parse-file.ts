/**
 * Parse one plan file with the `yaml` package (YAML 1.2 core schema), keeping
 * exact ranges. Syntax errors are collected, never thrown.
 */
import { parseAllDocuments, type Document, isAlias, isMap, isScalar, visit, type Node } from 'yaml';
import { findPair } from './yaml-nodes';
import { SourceText, type Span } from '../text/source-file';
import { expandAliases, type AliasProblem } from './alias-copies';
import { friendlyError, type FriendlyError } from './friendly-errors';
import { tooDeepAt } from './nesting';

export interface SyntaxProblem {
  span: Span;
  message: string;
  /** A mistake told in a marketer's terms (friendly-errors.ts); `message` then keeps the parser's own text. */
  friendly?: FriendlyError;
}

export interface ParsedFile {
  path: string;
  source: SourceText;
  /** The first YAML document (absent for an empty file). */
  doc: Document.Parsed | undefined;
  /** Spans of the `---` (or start) of every document after the first. */
  extraDocuments: Span[];
  /** YAML syntax errors (MP001). */
  syntaxErrors: SyntaxProblem[];
  /** Second occurrences of a key in a map (MP002). */
  duplicateKeys: SyntaxProblem[];
  /** The document as plain data when its text holds an alias (`*`), unless it could not be expanded; else undefined (validation reads each item's). */
  data: unknown;
  /** An alias that expanded past the limit or stands inside its own anchor (MP002), when any: the file is not read. */
  aliasBomb: AliasProblem | undefined;
  /** Set when the file could not be read as text: why (MP001 at 1:1; no entities). */
  unreadable?: string;
  /** Set once the tree is released (`releaseTree`): `doc` is gone; what was read from it is kept here and in the file's analysis. */
  released?: { declaresPlan: boolean };
}

/** True when the file's document is a map with a `plan` key: its folder is a scope's root (format.md "Files and scopes"). */
export function declaresPlan(file: ParsedFile): boolean {
  if (file.released) return file.released.declaresPlan;
  const root = file.doc?.contents;
  return !!root && isMap(root) && !!findPair(root, 'plan');
}

/**
 * Let the file's tree go: for a file whose analysis was built without nodes
 * (`analyzeFile` with `OFFSETS_ONLY`), once it is built. The text, the
 * problems and the model stay; only the language server's queries and fixes
 * need the tree, and neither runs on such a file.
 */
export function releaseTree(file: ParsedFile): void {
  if (file.released) return;
  file.released = { declaresPlan: declaresPlan(file) };
  file.doc = undefined;
  file.data = undefined;
}

/** A file that could not be read as text: MP001 at line 1, column 1, nothing else. */
export function unreadableFile(path: string, reason: string): ParsedFile {
  return {
    path,
    source: new SourceText(''),
    doc: undefined,
    extraDocuments: [],
    syntaxErrors: [{ span: { offset: 0, length: 0 }, message: reason }],
    duplicateKeys: [],
    data: undefined,
    aliasBomb: undefined,
    unreadable: reason,
  };
}

const TOO_DEEP = 'the plan is nested too deeply to be read';

/** Aliases allowed per document before expansion stops (a resource bound). */
export const MAX_ALIAS_COUNT = 100;

/** YAML 1.2 core schema; scalars keep their `source` text, which is all the engine needs of the CST. */
export const PARSE_OPTIONS = { schema: 'core', version: '1.2', prettyErrors: false, logLevel: 'error' } as const;

/**
 * The text the YAML parser reads: a CR alone is a line break in YAML 1.2, which
 * the `yaml` package does not see; it becomes an LF (same length, so every
 * offset stays exact in the original text).
 */
function parserText(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Work counter for tests: pairs visited while dropping duplicate keys. */
export const parseWork = { duplicateKeyVisits: 0 };

export function parseFile(path: string, text: string): ParsedFile {
  const source = new SourceText(text);
  // Nesting far past any plan's is not handed to the parser (see nesting.ts): one MP001 where it goes too deep.
  const deep = tooDeepAt(text);
  if (deep >= 0)
    return {
      path,
      source,
      doc: undefined,
      extraDocuments: [],
      syntaxErrors: [{ span: { offset: deep, length: 1 }, message: TOO_DEEP }],
      duplicateKeys: [],
      data: undefined,
      aliasBomb: undefined,
    };
  const docs = parseAllDocuments(parserText(text), PARSE_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const syntaxErrors: SyntaxProblem[] = [];
  const duplicateKeys: SyntaxProblem[] = [];
  const clamp = (o: number): number => Math.max(0, Math.min(o, text.length));
  const duplicates = new Set<number>();
  for (const d of list) {
    // A list item at the wrong indentation: the parser's other errors about that item are the same mistake.
    const misplacedItems = new Set<number>();
    const friendlies = d.errors.map((e) => {
      const f = friendlyError(text, d, { code: e.code, pos: [clamp(e.pos[0]), clamp(e.pos[1])], message: firstLine(e.message) });
      if (f?.kind === 'listIndent') misplacedItems.add(f.span.offset);
      return f;
    });
    d.errors.forEach((e, i) => {
      const start = clamp(e.pos[0]);
      const end = Math.max(start, clamp(e.pos[1]));
      const friendly = friendlies[i];
      if (!friendly && sameItemAs(misplacedItems, text, e.code, start)) return;
      const message = /Maximum call stack/.test(e.message) ? TOO_DEEP : firstLine(e.message);
      const problem: SyntaxProblem = friendly
        ? { span: friendly.span, message, friendly }
        : { span: { offset: start, length: end - start }, message };
      if (e.code === 'DUPLICATE_KEY') {
        if (d === doc) duplicates.add(start);
      } else if (d === doc || e.code !== 'MULTIPLE_DOCS') syntaxErrors.push(problem);
    });
  }
  if (doc && duplicates.size) duplicateKeys.push(...dropDuplicateKeys(doc, duplicates, text));
  const extraDocuments: Span[] = list.slice(1).map((d) => {
    const start = d.range[0];
    return { offset: start, length: text.startsWith('---', start) ? 3 : 0 };
  });
  let data: unknown = undefined;
  let aliasBomb: AliasProblem | undefined;
  // An alias is written `*name`: a text without `*` has none to expand, and its plain data is read item by item where validation needs it (validate.ts).
  if (doc && text.includes('*')) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      aliasBomb = expandAliases(doc);
      if (aliasBomb) data = undefined;
    } catch (e) {
      const unresolved = e instanceof Error ? /Unresolved alias[^:]*: (.*)$/.exec(e.message) : null;
      const alias = firstAlias(doc, unresolved?.[1]);
      if (unresolved)
        syntaxErrors.push({
          span: alias ?? { offset: 0, length: 0 },
          message: `the alias *${unresolved[1]} names no anchor defined before it`,
        });
      else
        aliasBomb = {
          span: alias ?? { offset: 0, length: 0 },
          message: `this alias expands past the limit of ${MAX_ALIAS_COUNT} aliases; the file is not read`,
        };
      data = undefined;
    }
  }
  return { path, source, doc, extraDocuments, syntaxErrors, duplicateKeys, data, aliasBomb };
}

/** True for the parser's companion errors of a misplaced list item: at its dash, or at the end of the line before. */
function sameItemAs(items: ReadonlySet<number>, text: string, code: string, offset: number): boolean {
  for (const dash of items) {
    if (offset === dash) return true;
    const previousLineEnd = text.lastIndexOf('\n', dash - 1);
    if (code === 'BLOCK_AS_IMPLICIT_KEY' && offset <= dash && offset >= text.lastIndexOf('\n', previousLineEnd - 1)) return true;
  }
  return false;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The second occurrences of keys (their key offsets): removed from their maps
 * so that the first value counts (rules.md), each reported on the whole key.
 * One pass over the document, whatever the number of duplicates.
 */
function dropDuplicateKeys(doc: Document.Parsed, offsets: ReadonlySet<number>, text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      let kept = 0;
      const items = map.items;
      for (const pair of items) {
        parseWork.duplicateKeyVisits++;
        const k = pair.key as Node | null;
        if (k && isScalar(k) && k.range && offsets.has(k.range[0])) {
          const [offset, end] = k.range;
          out.push({
            span: { offset, length: end - offset },
            message: `duplicate key ${text.slice(offset, end)}: it is written twice in this map and the first value counts`,
          });
          continue;
        }
        items[kept++] = pair;
      }
      items.length = kept;
      return undefined;
    },
  });
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

function firstAlias(doc: Document.Parsed, name?: string): Span | undefined {
  let found: Span | undefined;
  visit(doc, {
    Alias(_key, node) {
      const n = node as Node;
      if (isAlias(n) && n.range && (name === undefined || n.source === name)) {
        found = { offset: n.range[0], length: n.range[1] - n.range[0] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
