/** Plan text made safe for HTML and SVG: markup characters escaped, control characters shown as `\xHH`. */
import { escapeControls } from '../escape-controls';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function html(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** A fragment id from any text (letters, digits and dashes). */
export function anchor(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
