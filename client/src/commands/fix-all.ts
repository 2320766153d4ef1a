/**
 * Marketing Plan: Fix All. Runs the server's `source.fixAll.mplan` code action on a plan file (the same
 * action `editor.codeActionsOnSave` runs) and applies its edit. Returns the number of edits applied.
 */
import * as vscode from 'vscode';
import { FIX_ALL_KIND, LANGUAGE_ID } from '../constants';

export async function fixAll(arg?: vscode.Uri): Promise<number> {
  const uri =
    arg ?? (vscode.window.activeTextEditor?.document.languageId === LANGUAGE_ID ? vscode.window.activeTextEditor.document.uri : undefined);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('mplan: open a plan file (*.mplan.yaml) to fix it.'));
    return 0;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      all,
      FIX_ALL_KIND,
    )) ?? [];
  let applied = 0;
  for (const a of actions) {
    if (!('kind' in a) || !a.kind || !vscode.CodeActionKind.SourceFixAll.contains(a.kind)) continue;
    if (a.edit && a.edit.size) {
      const n = a.edit.entries().reduce((sum, [, edits]) => sum + edits.length, 0);
      if (await vscode.workspace.applyEdit(a.edit)) applied += n;
    }
    if (a.command) await vscode.commands.executeCommand(a.command.command, ...((a.command.arguments ?? []) as unknown[]));
  }
  const name = uri.path.replace(/^.*\//, '');
  void vscode.window.setStatusBarMessage(
    applied === 0
      ? vscode.l10n.t('mplan: no safe fixes in {0}', name)
      : applied === 1
        ? vscode.l10n.t('mplan: 1 safe fix applied to {0}', name)
        : vscode.l10n.t('mplan: {0} safe fixes applied to {1}', applied, name),
    4000,
  );
  return applied;
}
