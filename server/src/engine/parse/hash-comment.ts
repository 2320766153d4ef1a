/**
 * A `#` after a space starts a YAML comment, even in the middle of a marketer's text: `headline: #1 game`
 * has no value at all, `headline: Win big #summer` says only `Win big`. These read where such a comment
 * stands in for text and give the text in quotes; they never make a finding of their own.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { PlanFile } from '../../../../schemas/plan';
import { lineEnd, quoteText } from './friendly-errors';
import type { ParsedFile } from './parse-file';
import { isTextField } from './schema-walk';

/** A text to put in quotes: the span it replaces and the quoted text. */
export interface QuoteEdit {
  offset: number;
  length: number;
  quoted: string;
}

/**
 * `- #summer`, `headline: #1 game` (`at` the `#`): the comment in quotes, when its text starts right after
 * the `#` (`#1`, `#summer`), not for a note (`# to do`) nor a suppression.
 */
export function commentAsValue(text: string, at: number): QuoteEdit | undefined {
  const comment = text.slice(at, lineEnd(text, at)).trimEnd();
  return /^#(?!mplan-disable-)\S/.test(comment) ? { offset: at, length: comment.length, quoted: quoteText(comment) } : undefined;
}

/**
 * `headline: Win big #summer`: valid YAML whose value is `Win big`. Every plain one-line value of a text
 * field starting on the lines from `from` to `to` (offsets) that such a comment follows: the value and the
 * comment as one text in quotes (`headline: "Win big #summer"`). Nothing for a file with a syntax error,
 * for values inside a flow list or map, or for genuine comments (`budget: 1000 # in EUR`, `# note`).
 */
export function truncatedTexts(file: ParsedFile, from: number, to: number): QuoteEdit[] {
  const text = file.source.text;
  const out: QuoteEdit[] = [];
  const first = text.lastIndexOf('\n', from - 1) + 1;
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node) && !node.flow) for (const p of node.items) walk(p.value, [...path, isScalar(p.key) ? String(p.key.value) : '']);
    else if (isSeq(node) && !node.flow) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && node.type === 'PLAIN' && node.range && node.range[0] >= first && node.range[0] <= lineEnd(text, to)) {
      const [start, end] = node.range;
      const space = /^[ \t]+/.exec(text.slice(end, end + 9));
      const comment = space && commentAsValue(text, end + space[0].length);
      if (!comment || text.slice(start, end).includes('\n') || !isTextField(PlanFile, path)) return;
      const whole = text.slice(start, comment.offset + comment.length);
      out.push({ offset: start, length: whole.length, quoted: quoteText(whole) });
    }
  };
  if (!file.syntaxErrors.length) walk(file.doc?.contents, []);
  return out;
}
