/**
 * Marketing Plan: Explain Rule. A quick pick of the catalogue (code, name, summary); the chosen rule's
 * docs page (docs/rules/<code>-<name>.md) opens in the Markdown preview where it is on disk (a
 * checkout); the packaged extension does not ship the pages (size), so it previews the explanation
 * from the registry with a link to the page online.
 */
import * as vscode from 'vscode';
import type { CatalogueEntry, RuleCatalogue } from '../catalogue';
import { LANGUAGE_ID } from '../constants';

export const RULE_SCHEME = 'mplan-rule';

/** Serves `mplan-rule:/<code>-<name>.md`: the rule's explanation as Markdown. */
export class RuleDocProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly rules: RuleCatalogue) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const code = uri.path.replace(/^\//, '').split('-')[0] ?? '';
    const e = await this.rules.find(code);
    if (!e) return `# Unknown rule\n\n\`${code}\` is not in the mplan catalogue.\n`;
    return `# ${e.code} ${e.name}\n\n*${e.group} · default severity: ${e.severity}*\n\n${e.summary}\n\n${e.explanation}\n\n[The rule's page, with examples and fixes](${e.docsUrl})\n`;
  }
}

function codesAtCursor(): string[] {
  const ed = vscode.window.activeTextEditor;
  if (!ed || ed.document.languageId !== LANGUAGE_ID) return [];
  const pos = ed.selection.active;
  return vscode.languages
    .getDiagnostics(ed.document.uri)
    .filter((d) => d.source === 'mplan' && d.range.contains(pos))
    .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '')));
}

interface RuleItem extends vscode.QuickPickItem {
  entry: CatalogueEntry;
}

/** Fires the code of the rule the Explain Rule quick pick highlights (first when it opens); a test hook. */
export const rulePickFocus = new vscode.EventEmitter<string>();

async function pick(rules: RuleCatalogue): Promise<CatalogueEntry | undefined> {
  const here = new Set(codesAtCursor());
  const entries = await rules.all();
  const items: RuleItem[] = [...entries.filter((e) => here.has(e.code)), ...entries.filter((e) => !here.has(e.code))].map((e) => ({
    label: e.code,
    description: here.has(e.code) ? vscode.l10n.t('{0} · at the cursor', e.name) : e.name,
    detail: e.summary,
    entry: e,
  }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Explain an mplan rule'),
    placeHolder: vscode.l10n.t('Type a code (MP101) or a name (audience-excludes-segment)'),
    matchOnDescription: true,
    matchOnDetail: true,
    onDidSelectItem: (item) => rulePickFocus.fire(typeof item === 'string' ? item : item.label),
  });
  return chosen?.entry;
}

/** Opens the rule's page in the Markdown preview; returns the URI previewed. */
export async function explainRule(extensionUri: vscode.Uri, rules: RuleCatalogue, word?: string): Promise<vscode.Uri | undefined> {
  const entry = word ? await rules.find(word) : await pick(rules);
  if (!entry) {
    if (word) void vscode.window.showWarningMessage(vscode.l10n.t('mplan: no rule is called `{0}`.', word));
    return undefined;
  }
  let uri = vscode.Uri.joinPath(extensionUri, entry.docs);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    uri = vscode.Uri.from({ scheme: RULE_SCHEME, path: `/${entry.code}-${entry.name}.md` });
  }
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}
