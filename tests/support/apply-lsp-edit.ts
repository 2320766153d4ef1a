/** Apply an LSP WorkspaceEdit to texts, as an editor would. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

export function applyWorkspaceEdit(edit: WorkspaceEdit, texts: Record<string, string>): Record<string, string> {
  const out = { ...texts };
  for (const [u, edits] of Object.entries(edit.changes ?? {})) {
    const before = out[u];
    if (before === undefined) throw new Error(`edit for an unknown document ${u}`);
    out[u] = TextDocument.applyEdits(TextDocument.create(u, 'marketing-plan', 1, before), edits);
  }
  return out;
}
