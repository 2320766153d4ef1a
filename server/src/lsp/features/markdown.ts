/** Markdown for hovers: text that comes from a plan is escaped, so it shows as written and cannot inject links, HTML or layout. */

/** Every ASCII punctuation character can be escaped with a backslash (CommonMark); line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
