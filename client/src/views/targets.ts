/** Which plan a view shows when none is named: the active plan file, a visible one, else the shallowest in the workspace. */
import * as vscode from 'vscode';
import { LANGUAGE_ID, PLAN_GLOB } from '../constants';

export function activePlanUri(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID) return active.uri;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
}

export async function firstPlanUri(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles(PLAN_GLOB, '**/node_modules/**', 50);
  found.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  return found[0];
}

/** The last path segment of a URI string (no local folder path is shown). */
export function lastSegment(uri: string): string {
  const parts = uri.replace(/\/+$/, '').split('/');
  return decodeURIComponent(parts[parts.length - 1] ?? uri);
}

/** Opens a place next to the view, in the editor's own column when the file is visible. */
export async function openPlace(
  place: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } },
  beside: vscode.ViewColumn | undefined,
): Promise<void> {
  const uri = vscode.Uri.parse(place.uri);
  const r = place.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const column = existing?.viewColumn ?? (beside === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus: false });
}
