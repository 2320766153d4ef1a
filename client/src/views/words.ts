/** The webviews' words in VS Code's display language, translated by the extension's l10n bundles. */
import * as vscode from 'vscode';
import { wordsBlob, type WordsBlob } from '../../../shared/views-draw/webview-words';

/** Every webview key through `vscode.l10n.t` (keys listed in shared/views-draw/webview-words.ts, checked against l10n/ by tests). */
export function webviewWords(): WordsBlob {
  return wordsBlob(vscode.env.language, (english) => vscode.l10n.t(english));
}
