/** Markdown for hovers: text that comes from a plan is escaped, so it shows as written and cannot inject links, HTML or layout. */

/**
 * Plan text always sits inside a line after a fixed prefix, so line breaks
 * become spaces (no new block can start) and every character with an inline
 * meaning is escaped with a backslash (CommonMark: emphasis, code, links,
 * images, HTML and entities, tables, strikethrough).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\`*_[\]()<>|~!&]/g, (c) => `\\${c}`);
}
