/**
 * A file's bytes as text: UTF-8 only (a UTF-8 BOM is dropped by the decoder, as editors do); UTF-16
 * and bytes that are not UTF-8 are said, not guessed. Shared by the Node file system and the client's
 * (the browser build reads through `vscode.workspace.fs`), so both say the same.
 */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: string; special: false; missing: false };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(buf: Uint8Array): DecodedText {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return { ok: false, reason: 'the file is UTF-16 text, not UTF-8: save it as UTF-8', special: false, missing: false };
  }
  try {
    return { ok: true, text: utf8.decode(buf) };
  } catch {
    return {
      ok: false,
      reason: 'the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8',
      special: false,
      missing: false,
    };
  }
}
