/**
 * A `#` after a space starts a YAML comment, even in the middle of a marketer's text: `headline: #1 game`
 * has no value at all, `headline: Win big #summer` says only `Win big`. These read where such a comment
 * stands in for text and give the text in quotes; they never make a finding of their own.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { PlanFile } from '../../../../schemas/plan';
import { quoteText } from './friendly-errors';
import type { ParsedFile } from './parse-file';
import { isTextField } from './schema-walk';

/** A text to put in quotes: the span it replaces and the quoted text. */
export interface QuoteEdit {
  offset: number;
  length: number;
  quoted: string;
}

const lineEnd = (text: string, offset: number): number => {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
};

/** A comment whose text starts right after its `#` (`#1`, `#summer`), not a note (`# to do`) nor a suppression. */
const TEXT_COMMENT = /^#(?!mplan-disable-)\S/;

/** `- #summer` (a list item, `at` the `#`): the comment read as the item's text, in quotes. */
export function commentAsValue(text: string, at: number): QuoteEdit | undefined {
  const comment = text.slice(at, lineEnd(text, at)).trimEnd();
  if (!TEXT_COMMENT.test(comment)) return undefined;
  return { offset: at, length: comment.length, quoted: quoteText(comment) };
}

/** `headline: #1 game` (`keyEnd` the end of the key): the comment after the colon, in quotes. */
export function commentAfterKey(text: string, keyEnd: number): QuoteEdit | undefined {
  const colon = /^[ \t]*:[ \t]+(?=#)/.exec(text.slice(keyEnd, lineEnd(text, keyEnd)));
  return colon ? commentAsValue(text, keyEnd + colon[0].length) : undefined;
}

/**
 * `headline: Win big #summer`: valid YAML whose value is `Win big`. Every plain one-line value of a text
 * field on the lines from `from` to `to` (offsets) that a text-like comment follows: the value and the
 * comment as one text in quotes (`headline: "Win big #summer"`). Nothing for a file with a syntax error,
 * for values inside a flow list or map, or for genuine comments (`budget: 1000 # in EUR`, `# note`).
 */
export function truncatedTexts(file: ParsedFile, from: number, to: number): QuoteEdit[] {
  const text = file.source.text;
  const out: QuoteEdit[] = [];
  if (file.syntaxErrors.length || !file.doc) return out;
  const first = text.lastIndexOf('\n', from - 1) + 1;
  const last = lineEnd(text, to);
  const visit = (node: Node | null | undefined, path: PropertyKey[]): void => {
    if (!node?.range || node.range[0] > last || node.range[2] < first) return;
    if (isMap(node) && !node.flow) {
      for (const pair of node.items) if (isScalar(pair.key)) visit(pair.value as Node | null, [...path, String(pair.key.value)]);
    } else if (isSeq(node) && !node.flow) {
      node.items.forEach((item, i) => visit(item as Node | null, [...path, i]));
    } else if (isScalar(node) && node.type === 'PLAIN' && node.source && node.range[0] >= first) {
      const [start, end] = node.range;
      const rest = text.slice(end, lineEnd(text, end));
      const space = /^[ \t]+/.exec(rest);
      if (!space || text.slice(start, end).includes('\n') || !isTextField(PlanFile, path)) return;
      const comment = commentAsValue(text, end + space[0].length);
      if (!comment) return;
      const whole = text.slice(start, comment.offset + comment.length);
      out.push({ offset: start, length: whole.length, quoted: quoteText(whole) });
    }
  };
  visit(file.doc.contents, []);
  return out;
}
