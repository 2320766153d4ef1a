/**
 * Marketing Plan: New Plan. Writes the scaffold into the workspace without overwriting anything and
 * opens it. A folder that already holds plan files gets the new plan in a fresh subfolder, so that the
 * new plan is a scope of its own (a second `plan:` in one folder would be MP007).
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';
import { scaffoldPlan } from '../../../shared/new-plan';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function holdsPlanFiles(folder: vscode.Uri): Promise<boolean> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.some(([name, type]) => type === vscode.FileType.File && /\.mplan\.ya?ml$/.test(name));
  } catch {
    return false;
  }
}

/** `base`, `base-2`, `base-3`... : the first name for which `make(name)` does not exist. */
async function freeName(make: (name: string) => vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = make(i === 1 ? base : `${base}-${i}`);
    if (!(await exists(uri))) return uri;
  }
}

async function targetFolder(arg: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (arg) {
    try {
      const stat = await vscode.workspace.fs.stat(arg);
      return stat.type & vscode.FileType.Directory ? arg : vscode.Uri.joinPath(arg, '..');
    } catch {
      return arg;
    }
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active && vscode.workspace.getWorkspaceFolder(active);
  if (own) return own.uri;
  if (folders.length <= 1) return folders[0]?.uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the new plan go?') });
  return picked?.uri;
}

/** Creates the plan and opens it; returns its URI (undefined when cancelled). */
export async function newPlan(arg?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const text = scaffoldPlan();
  const folder = await targetFolder(arg);
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  const dir = (await holdsPlanFiles(folder)) ? await freeName((n) => vscode.Uri.joinPath(folder, n), 'new-plan') : folder;
  const file = await freeName((n) => vscode.Uri.joinPath(dir, `${n}.mplan.yaml`), 'marketing');
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc);
  return file;
}
