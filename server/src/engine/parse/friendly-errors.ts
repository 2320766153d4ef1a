/**
 * The YAML mistakes marketers make, told in their terms: an unquoted colon in
 * a text, a `#` in a text that hides the end of its flow list or map, a tab
 * used for indentation, a quote never closed, a list item at the wrong
 * indentation. Each keeps the parser's own text beside it (`parser`).
 */
import { isMap, isScalar, isSeq, visit, type Document } from 'yaml';
import type { Span } from '../text/source-file';

export type FriendlyKind = 'colonInText' | 'hashInText' | 'tabIndent' | 'unclosedQuote' | 'listIndent';

export interface FriendlyError {
  kind: FriendlyKind;
  span: Span;
  /** Values the message names: the text to quote, the quote, the column to line up with. */
  data: Readonly<Record<string, string | number>>;
  /** Set for a colon or a `#` in a text: the text in quotes, replacing `span`. */
  quoted?: string;
}

/** A yaml error as the parser reports it. */
export interface ParserError {
  code: string;
  pos: [number, number];
  message: string;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number): number => {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
};

/** A plain text in quotes: double quotes unless the text holds some and no single ones. */
export function quoteText(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `key: Save now: 20% off` (the parser stops at `S`): the text to the end of the line, its comment left out. */
function colonInText(text: string, pos: number): FriendlyError | undefined {
  const start = lineStart(text, pos);
  const before = text.slice(start, pos);
  const key = /^\s*(?:- )?([^\s:#'"][^:#]*?):[ \t]+$/.exec(before);
  if (!key) return undefined;
  const rest = text.slice(pos, lineEnd(text, pos)).replace(/\r$/, '');
  const value = rest.replace(/\s+#.*$/, '').trimEnd();
  if (!/:\s/.test(value) || /^["'[{|>&*!%@`]/.test(value)) return undefined;
  return {
    kind: 'colonInText',
    span: { offset: pos, length: value.length },
    data: { key: key[1].trim(), quoted: quoteText(value) },
    quoted: quoteText(value),
  };
}

const FLOW_END = /^Flow (?:map|sequence) in block collection must be sufficiently indented and end with a ([\]}])/;

/**
 * `channels: [tiktok, best #1 channel]`: the ` #` starts a comment that hides the `]`, so the parser reports
 * the list unclosed. `pos` is where the parser gave up: the end of the flow collection (`closer` its kind).
 * The text holding the `#` runs from the flow indicator before it to the next `,` or closing bracket of its
 * comment; in quotes, the file reads as meant.
 */
function hashInText(text: string, doc: Document | undefined, pos: number, closer: string): FriendlyError | undefined {
  if (!doc) return undefined;
  let open: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (!(isMap(node) || isSeq(node)) || !node.flow || !node.range || node.range[1] !== pos) return;
      if ((closer === ']') !== isSeq(node)) return;
      if (open === undefined || node.range[0] > open) open = node.range[0];
    },
  });
  if (open === undefined || !'[{'.includes(text[open])) return undefined;
  let depth = 0;
  for (let i = open; i < pos; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && /[[{,:?]$/.test(text.slice(open, i).trimEnd())) i = closingQuote(text, i, pos);
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && /[ \t]/.test(text[i - 1] ?? '')) {
      const end = lineEnd(text, i);
      const found = depth === 1 ? textAround(text, i, end, closer) : undefined;
      if (found) return found;
      i = end;
    }
  }
  return undefined;
}

/** The offset of the quote closing the quoted scalar opened at `i` (a doubled '' or an escaped \\" stays inside). */
function closingQuote(text: string, i: number, limit: number): number {
  const q = text[i];
  for (let j = i + 1; j < limit; j++) {
    if (q === '"' && text[j] === '\\') j++;
    else if (text[j] === q && q === "'" && text[j + 1] === "'") j++;
    else if (text[j] === q) return j;
  }
  return limit;
}

/** The text around the `#` at `hash` (a comment to `end`) when the comment holds the `closer` its flow collection misses. */
function textAround(text: string, hash: number, end: number, closer: string): FriendlyError | undefined {
  let depth = 0;
  let stop = -1;
  for (let j = hash; j < end && stop < 0; j++) {
    const c = text[j];
    if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ']' || c === '}')) stop = j;
  }
  if (stop < 0) return undefined;
  if (!text.slice(stop, end).includes(closer)) return undefined;
  const before = text.slice(lineStart(text, hash), hash);
  const m = /(?:^|[,[{]|:[ \t])[ \t]*((?:[^,[\]{}:]|:(?![ \t]))*)$/.exec(before);
  const head = m ? m[1] : '';
  if (!head.trim() || /^["'[{|>&*!%@`]/.test(head)) return undefined;
  const start = hash - head.length;
  const value = text.slice(start, stop).trimEnd();
  return {
    kind: 'hashInText',
    span: { offset: start, length: value.length },
    data: { closer, quoted: quoteText(value) },
    quoted: quoteText(value),
  };
}

/** The quoted scalar whose closing quote is missing: the one that runs to where the parser gave up. */
function openingQuote(doc: Document | undefined, pos: number, quote: string): number | undefined {
  let found: number | undefined;
  if (!doc) return undefined;
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || !node.range) return;
      const [start, , end] = node.range;
      const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      if (node.type === type && start <= pos && pos <= end && (found === undefined || start > found)) found = start;
    },
  });
  return found;
}

/** The column (1-based) of the dashes of the list an item at `dash` was meant to belong to. */
function siblingColumn(text: string, dash: number): number | undefined {
  const column = dash - lineStart(text, dash);
  let end = lineStart(text, dash) - 1;
  while (end > 0) {
    const start = lineStart(text, end);
    const line = text.slice(start, end);
    const m = /^(\s*)- /.exec(line);
    if (m && m[1].length !== column) return m[1].length + 1;
    if (/^\S/.test(line)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** The friendly reading of one parser error, when it is one of the known mistakes. */
export function friendlyError(text: string, doc: Document | undefined, e: ParserError): FriendlyError | undefined {
  const [pos] = e.pos;
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /^Nested mappings/.test(e.message)) return colonInText(text, pos);
  const flowEnd = FLOW_END.exec(e.message);
  if (e.code === 'BAD_INDENT' && flowEnd) return hashInText(text, doc, pos, flowEnd[1]);
  if (e.code === 'TAB_AS_INDENT') return { kind: 'tabIndent', span: { offset: pos, length: 1 }, data: {} };
  const missing = /^Missing closing (["'])quote/.exec(e.message);
  if (e.code === 'MISSING_CHAR' && missing) {
    const open = openingQuote(doc, pos, missing[1]);
    return open === undefined ? undefined : { kind: 'unclosedQuote', span: { offset: open, length: 1 }, data: { quote: missing[1] } };
  }
  if (e.code === 'MULTILINE_IMPLICIT_KEY' && text[pos] === '-') {
    const column = siblingColumn(text, pos);
    return column === undefined ? undefined : { kind: 'listIndent', span: { offset: pos, length: 1 }, data: { column } };
  }
  return undefined;
}
