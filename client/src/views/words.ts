/** The webviews' words in VS Code's display language, translated by the extension's l10n bundles. */
import * as vscode from 'vscode';
import { wordsBlob, type WordsBlob } from '../../../shared/views-draw/webview-words';

/**
 * Every key of the display language's bundle through `vscode.l10n.t` (English: no bundle, an empty table).
 * The bundle holds every webview key (shared/views-draw/webview-word-keys.ts, checked by tests) besides the
 * client's own messages, which the page ignores; the key list itself stays out of the extension's bundles.
 */
export function webviewWords(): WordsBlob {
  return wordsBlob(vscode.env.language, Object.keys(vscode.l10n.bundle ?? {}), (english) => vscode.l10n.t(english));
}
