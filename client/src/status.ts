/**
 * The status bar item: errors and warnings of the active plan's scope (every mplan diagnostic of the
 * files under the scope's root folder, less those under a nested scope's root), click opens Problems.
 * Hidden for editors that are not plan files.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StatusSnapshot } from './api';
import { LANGUAGE_ID, PLAN_GLOB, PROBLEMS_COMMAND } from './constants';

/** Asks the server for the scope root of a plan file (from `mplan/planGraph`). */
export type RootSource = (uri: vscode.Uri) => Promise<string | undefined>;

const UPDATE_MS = 150;

export class PlanStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly roots = new Map<string, string>();
  private readonly knownRoots = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private snapshot: StatusSnapshot = { visible: false, errors: 0, warnings: 0, text: '', tooltip: '', command: PROBLEMS_COMMAND, root: undefined };

  constructor(private readonly rootOf: RootSource) {
    this.item = vscode.window.createStatusBarItem('marketingPlan.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Marketing Plan';
    this.item.command = PROBLEMS_COMMAND;
    const watcher = vscode.workspace.createFileSystemWatcher(PLAN_GLOB, false, true, false);
    const forget = (): void => {
      this.roots.clear();
      this.knownRoots.clear();
      this.schedule();
    };
    this.disposables.push(
      this.item,
      watcher,
      watcher.onDidCreate(forget),
      watcher.onDidDelete(forget),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidSaveTextDocument((d) => {
        // A `plan:` added or removed moves scope roots.
        if (d.languageId === LANGUAGE_ID) {
          this.roots.clear();
          this.schedule();
        }
      }),
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
    const key = doc.uri.toString();
    let root: string | undefined;
    if (this.roots.has(key)) root = this.roots.get(key) || undefined;
    else if (doc.uri.scheme === 'file') {
      let serverRoot: string | undefined;
      try {
        serverRoot = await this.rootOf(doc.uri);
      } catch {
        serverRoot = undefined;
      }
      if (serverRoot !== undefined) {
        // A file with no `plan:` at or above it is a scope of its own: count it alone.
        root = (await declaresPlan(serverRoot)) ? serverRoot : undefined;
        this.roots.set(key, root ?? '');
        if (root !== undefined) this.knownRoots.add(root);
      }
    }
    // The editor may have changed while the server answered.
    if (vscode.window.activeTextEditor?.document !== doc) return this.update();
    let errors = 0;
    let warnings = 0;
    const files = new Set<string>();
    for (const [uri, diags] of vscode.languages.getDiagnostics()) {
      if (!this.inScope(uri, doc.uri, root)) continue;
      for (const d of diags) {
        if (d.source !== 'mplan') continue;
        files.add(uri.toString());
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    const where = root ? path.basename(root) : path.basename(doc.uri.fsPath);
    const text = `mplan $(error) ${errors} $(warning) ${warnings}`;
    const tooltip = `mplan: ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in the plan ${where} (${files.size} file${files.size === 1 ? '' : 's'}). Click to open Problems.`;
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip, role: 'button' };
    this.item.show();
    this.snapshot = { visible: true, errors, warnings, text, tooltip, command: PROBLEMS_COMMAND, root };
    return this.snapshot;
  }

  private inScope(uri: vscode.Uri, active: vscode.Uri, root: string | undefined): boolean {
    if (uri.toString() === active.toString()) return true;
    if (!root || uri.scheme !== 'file') return false;
    const p = uri.fsPath;
    if (!p.startsWith(root + path.sep)) return false;
    // A file under a nested scope belongs to that scope.
    for (const other of this.knownRoots) {
      if (other !== root && other.startsWith(root + path.sep) && p.startsWith(other + path.sep)) return false;
    }
    return true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether a plan file directly in `folder` declares `plan:` (else a file there is a scope of its own). */
async function declaresPlan(folder: string): Promise<boolean> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(folder));
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File || !/\.mplan\.ya?ml$/.test(name)) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === path.join(folder, name));
      const text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(folder, name)))).toString('utf8');
      if (/^plan\s*:/m.test(text)) return true;
    }
  } catch {
    return false;
  }
  return false;
}
