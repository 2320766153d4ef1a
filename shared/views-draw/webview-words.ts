/**
 * The words of the editor's webviews (timeline, budget, plan map): the extension host translates the
 * keys of its display language's l10n bundle with `vscode.l10n.t` (the webview keys are listed in
 * webview-word-keys.ts), hands the page a JSON blob of the table and the display language, and the
 * page draws with `pageWords` (page-words.ts): English when the blob is missing or a key is absent.
 */
/** What the extension hands the page: the display language and the translations that differ from English. */
export interface WordsBlob {
  readonly language: string;
  readonly table: Readonly<Record<string, string>>;
}

/** The blob for a display language: each key through `translate`, the host's `vscode.l10n.t` (a key it lacks comes back as is). */
export function wordsBlob(language: string, keys: readonly string[], translate: (english: string) => string): WordsBlob {
  const table: Record<string, string> = {};
  for (const k of keys) {
    const said = translate(k);
    if (said !== k) table[k] = said;
  }
  return { language, table };
}

/** The blob as text safe inside `<script type="application/json">` (no `<`, `>`, `&` or line separators left raw). */
export function wordsJson(blob: WordsBlob): string {
  return JSON.stringify(blob).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
