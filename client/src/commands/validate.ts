/** Marketing Plan: Validate Workspace. Re-reads every plan file, re-checks the workspace, opens Problems. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/lib/common/api';
import { VALIDATE_WORKSPACE, type ResultOf, type ValidateCounts } from '../../../shared/protocol';
import { PROBLEMS_COMMAND } from '../constants';

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export async function validateWorkspace(client: BaseLanguageClient): Promise<ValidateCounts | undefined> {
  const counts = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'mplan: validating the workspace' },
    () => client.sendRequest<ResultOf<typeof VALIDATE_WORKSPACE>>(VALIDATE_WORKSPACE),
  );
  if (!counts) {
    void vscode.window.showWarningMessage('mplan: the workspace could not be validated; see Output > mplan.');
    return undefined;
  }
  await vscode.commands.executeCommand(PROBLEMS_COMMAND);
  void vscode.window.showInformationMessage(
    `mplan: ${plural(counts.files, 'plan file')} checked: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}, ${plural(counts.hints, 'hint')}.`,
  );
  return counts;
}
