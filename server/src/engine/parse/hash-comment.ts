/**
 * A `#` after a space starts a YAML comment, even in the middle of a marketer's text: `headline: #1 game`
 * has no value at all, `headline: Win big #summer` says only `Win big`. These read where such a comment
 * stands in for text and give the text in quotes; they never make a finding of their own.
 */
import { quoteText } from './friendly-errors';

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
