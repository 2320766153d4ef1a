/**
 * The YAML mistakes marketers make, told in their terms: an unquoted colon in
 * a text, a `#` in a text that hides the end of its flow list or map, a tab
 * used for indentation, a quote never closed, a list item at the wrong
 * indentation. Each keeps the parser's own text beside it (`parser`).
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
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
export const lineEnd = (text: string, offset: number): number => {
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
 * the list unclosed where it gave up (`pos`, the end of the flow collection). Its last item is then the text
 * before the `#`; with the comment up to its first `,`, `]` or `}`, in quotes, the file reads as meant.
 */
function hashInText(text: string, doc: Document | undefined, pos: number, closer: string): FriendlyError | undefined {
  let last: unknown;
  if (doc)
    visit(doc, {
      Node(_, n) {
        if ((isMap(n) || isSeq(n)) && n.flow && n.range?.[1] === pos && isSeq(n) === (closer === ']')) last = n.items[n.items.length - 1];
      },
    });
  const item = isPair(last) ? last.value : last;
  if (!isScalar(item) || item.type !== 'PLAIN' || !item.range) return undefined;
  const [start, after] = item.range;
  const comment = /^[ \t]+#[^,[\]{}\n]*/.exec(text.slice(after, lineEnd(text, after)));
  const end = after + (comment?.[0].length ?? 0);
  if (!comment || !',]}'.includes(text[end]) || !text.slice(end, lineEnd(text, end)).includes(closer)) return undefined;
  const value = text.slice(start, end).trimEnd();
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
