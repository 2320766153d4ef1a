/**
 * Terminal-safe text (rules.md "Output cannot be spoofed"): control characters
 * that come from a plan or a path are shown, not obeyed. C0 controls and DEL
 * become `\xHH` (ESC is `\x1b`, a line feed `\x0a`), C1 controls `\u00HH`
 * (CSI is `\u009b`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const n = ch.charCodeAt(0);
    return n >= 0x80 ? `\\u00${hex2(n)}` : `\\x${hex2(n)}`;
  });
}
