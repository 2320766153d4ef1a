/** Marketing Plan: Validate Workspace. Re-reads every plan file, re-checks the workspace, opens Problems. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/lib/common/api';
import { VALIDATE_WORKSPACE, type ResultOf, type ValidateCounts } from '../../../shared/protocol';
import { PROBLEMS_COMMAND } from '../constants';

/** `1 error`, `3 errors`: the two forms, translated whole. */
const count = (n: number, one: string, other: string): string => (n === 1 ? one : other.replace('{0}', String(n)));

export async function validateWorkspace(client: BaseLanguageClient): Promise<ValidateCounts | undefined> {
  const counts = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('mplan: validating the workspace') },
    () => client.sendRequest<ResultOf<typeof VALIDATE_WORKSPACE>>(VALIDATE_WORKSPACE),
  );
  if (!counts) {
    void vscode.window.showWarningMessage(vscode.l10n.t('mplan: the workspace could not be validated; see Output > mplan.'));
    return undefined;
  }
  await vscode.commands.executeCommand(PROBLEMS_COMMAND);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'mplan: {0} checked: {1}, {2}, {3}, {4}.',
      count(counts.files, vscode.l10n.t('1 plan file'), vscode.l10n.t('{0} plan files')),
      count(counts.errors, vscode.l10n.t('1 error'), vscode.l10n.t('{0} errors')),
      count(counts.warnings, vscode.l10n.t('1 warning'), vscode.l10n.t('{0} warnings')),
      count(counts.infos, vscode.l10n.t('1 info'), vscode.l10n.t('{0} infos')),
      count(counts.hints, vscode.l10n.t('1 hint'), vscode.l10n.t('{0} hints')),
    ),
  );
  return counts;
}
