/**
 * The status bar item: errors and warnings of the active plan's scope, click opens Problems. Hidden
 * for editors that are not plan files. Which files form the scope (and whether it declares `plan:`)
 * the server says (`mplan/scopeStatus`); the counts are those of the diagnostics shown in Problems
 * for those files.
 */
import * as vscode from 'vscode';
import type { ScopeStatus } from '../../shared/protocol';
import type { StatusSnapshot } from './api';
import { LANGUAGE_ID, PROBLEMS_COMMAND } from './constants';

/** Asks the server for the scope status of a plan file. */
export type StatusSource = (uri: vscode.Uri) => Promise<ScopeStatus | null>;

const UPDATE_MS = 150;

const nameOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

export class PlanStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private snapshot: StatusSnapshot = {
    visible: false,
    errors: 0,
    warnings: 0,
    text: '',
    tooltip: '',
    command: PROBLEMS_COMMAND,
    root: undefined,
  };

  constructor(private readonly statusOf: StatusSource) {
    this.item = vscode.window.createStatusBarItem('marketingPlan.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Marketing Plan');
    this.item.command = PROBLEMS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
    );
    this.schedule();
  }

  get current(): StatusSnapshot {
    return this.snapshot;
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, UPDATE_MS);
  }

  async update(): Promise<StatusSnapshot> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      this.snapshot = { ...this.snapshot, visible: false, root: undefined };
      return this.snapshot;
    }
    let status: ScopeStatus | null;
    try {
      status = await this.statusOf(doc.uri);
    } catch {
      status = null;
    }
    // The editor may have changed while the server answered.
    if (vscode.window.activeTextEditor?.document !== doc) return this.update();
    const scope = new Set([doc.uri.toString(), ...(status?.files ?? []).map((u) => vscode.Uri.parse(u).toString())]);
    const rootUri = status?.planned ? vscode.Uri.parse(status.root) : undefined;
    let errors = 0;
    let warnings = 0;
    const files = new Set<string>();
    for (const [uri, diags] of vscode.languages.getDiagnostics()) {
      if (!scope.has(uri.toString())) continue;
      for (const d of diags) {
        if (d.source !== 'mplan') continue;
        files.add(uri.toString());
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    const where = nameOf(rootUri ?? doc.uri);
    const text = `mplan $(error) ${errors} $(warning) ${warnings}`;
    const tooltip = vscode.l10n.t(
      'mplan: {0} and {1} in the plan {2} ({3}). Click to open Problems.',
      errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors),
      warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings),
      where,
      files.size === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', files.size),
    );
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip, role: 'button' };
    this.item.show();
    this.snapshot = { visible: true, errors, warnings, text, tooltip, command: PROBLEMS_COMMAND, root: rootUri?.fsPath };
    return this.snapshot;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
