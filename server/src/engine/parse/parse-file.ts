/**
 * Parse one plan file with the `yaml` package (YAML 1.2 core schema), keeping
 * exact ranges. Syntax errors are collected, never thrown.
 */
import { parseAllDocuments, type Document, isAlias, isMap, isScalar, visit, type Node } from 'yaml';
import { SourceText, type Span } from '../text/source-file';

export interface SyntaxProblem {
  span: Span;
  message: string;
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
  /** The document as plain data, or undefined when it could not be expanded. */
  data: unknown;
  /** An alias that expanded past the limit (MP002), when any. */
  aliasBomb: Span | undefined;
  /** Set when the file could not be read as text: why (MP001 at 1:1; no entities). */
  unreadable?: string;
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

/** Aliases allowed per document before expansion stops (a resource bound). */
export const MAX_ALIAS_COUNT = 100;

/** YAML 1.2 core schema; scalars keep their `source` text, which is all the engine needs of the CST. */
export const PARSE_OPTIONS = { schema: 'core', version: '1.2', prettyErrors: false, logLevel: 'error' } as const;

export function parseFile(path: string, text: string): ParsedFile {
  const source = new SourceText(text);
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const syntaxErrors: SyntaxProblem[] = [];
  const duplicateKeys: SyntaxProblem[] = [];
  const clamp = (o: number): number => Math.max(0, Math.min(o, text.length));
  for (const d of list) {
    for (const e of d.errors) {
      const start = clamp(e.pos[0]);
      const end = Math.max(start, clamp(e.pos[1]));
      const message = /Maximum call stack/.test(e.message) ? 'the plan is nested too deeply to be read' : firstLine(e.message);
      const problem = { span: { offset: start, length: end - start }, message };
      if (e.code === 'DUPLICATE_KEY') {
        if (d === doc) duplicateKeys.push(...dropDuplicateKey(d, start, text));
      } else if (d === doc || e.code !== 'MULTIPLE_DOCS') syntaxErrors.push(problem);
    }
  }
  const extraDocuments: Span[] = list.slice(1).map((d) => {
    const start = d.range[0];
    return { offset: start, length: text.startsWith('---', start) ? 3 : 0 };
  });
  let data: unknown = undefined;
  let aliasBomb: Span | undefined;
  if (doc) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const unresolved = e instanceof Error ? /Unresolved alias[^:]*: (.*)$/.exec(e.message) : null;
      const alias = firstAlias(doc, unresolved?.[1]);
      if (unresolved) syntaxErrors.push({ span: alias ?? { offset: 0, length: 0 }, message: `the alias *${unresolved[1]} names no anchor defined before it` });
      else aliasBomb = alias;
      data = undefined;
    }
  }
  return { path, source, doc, extraDocuments, syntaxErrors, duplicateKeys, data, aliasBomb };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The second occurrence of a key at `offset`: removed from its map so that the
 * first value counts (rules.md), reported on the whole key.
 */
function dropDuplicateKey(doc: Document.Parsed, offset: number, text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  visit(doc, {
    Pair(_key, pair, path) {
      const k = pair.key as Node | null;
      if (!k || !isScalar(k) || !k.range || k.range[0] !== offset) return undefined;
      const parent = path[path.length - 1];
      if (isMap(parent)) {
        const end = k.range[1];
        out.push({ span: { offset, length: end - offset }, message: `duplicate key \`${text.slice(offset, end)}\`: it is written twice in this map and the first value counts` });
        return visit.REMOVE;
      }
      return undefined;
    },
  });
  return out;
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
