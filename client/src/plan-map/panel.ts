/** The plan map webview panel: asks the server for `mplan/planGraph`, posts it to the page, opens clicked nodes. */
import { RenderReports, SimulationAnswers } from '../webview-reports';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../constants';
import { nonce } from '../views/nonce';
import { lastSegment } from '../views/targets';
import { webviewWords } from '../views/words';
import { planMapHtml } from './html';
import type { ExportFormat, FromWebview, PlanGraph, RenderSummary, ToWebview } from './protocol';

export type GraphSource = (uri: vscode.Uri) => Promise<PlanGraph | null>;

const REFRESH_MS = 300;

export class PlanMap implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private graph: PlanGraph | null = null;
  private readonly renders = new RenderReports<RenderSummary>('plan map');
  private readonly simulations = new SimulationAnswers();
  private timer: NodeJS.Timeout | undefined;
  private exportWaiters = new Map<number, (data: string) => void>();
  private exportSeq = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: GraphSource,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        // With `marketingPlan.run: onSave` the plan is checked on save: the map follows the diagnostics then.
        if (!this.panel || e.document.languageId !== LANGUAGE_ID || !e.contentChanges.length) return;
        if (vscode.workspace.getConfiguration('marketingPlan', e.document.uri).get<string>('run') === 'onSave') return;
        this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && e.uris.some((u) => /\.mplan\.ya?ml$/.test(u.path))) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (this.panel && ed && ed.document.languageId === LANGUAGE_ID && ed.document.uri.toString() !== this.target?.toString()) {
          this.target = ed.document.uri;
          this.schedule();
        }
      }),
    );
  }

  /** The last render the webview reported (test hook). */
  get lastSummary(): RenderSummary | undefined {
    return this.renders.last;
  }

  get lastGraph(): PlanGraph | null {
    return this.graph;
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? pickTarget();
    this.target = target ?? (await firstPlanFile());
    if (!this.panel) this.create();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.refresh();
  }

  /** Resolves with the first render (after now) that satisfies `pred` (test hook). */
  waitForRender(pred: (s: RenderSummary) => boolean = () => true, timeoutMs = 20000): Promise<RenderSummary> {
    return this.renders.next(pred, timeoutMs);
  }

  /** Acts on the rendered page as a user would (test hook): click or Enter on a node, toggle a group. */
  simulate(msg: Extract<ToWebview, { type: 'simulate' }>, timeoutMs = 10000): Promise<boolean> {
    if (!this.panel) return Promise.resolve(false);
    return this.simulations.ask(() => void this.panel?.webview.postMessage(msg), timeoutMs);
  }

  /**
   * Writes the drawing to `target` (SVG text or PNG bytes) and resolves with the bytes written; the
   * Export buttons of the page ask where first (test hook when called directly).
   */
  exportTo(target: vscode.Uri, format: ExportFormat, timeoutMs = 20000): Promise<number> {
    const panel = this.panel;
    if (!panel) return Promise.reject(new Error('the plan map is not open'));
    const id = ++this.exportSeq;
    return new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => {
        this.exportWaiters.delete(id);
        reject(new Error(`plan map: no ${format} export within ${timeoutMs} ms`));
      }, timeoutMs);
      this.exportWaiters.set(id, (data) => {
        clearTimeout(t);
        resolve(data);
      });
      void panel.webview.postMessage({ type: 'export', format, id } satisfies ToWebview);
    }).then((data) => writeExport(target, format, data));
  }

  private async exportAsked(format: ExportFormat, data: string): Promise<void> {
    const name = `${lastSegment(this.graph?.root ?? 'plan')}-plan-map.${format}`;
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
      filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return;
    const bytes = await writeExport(target, format, data).catch((e: unknown) => {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The plan map could not be exported: {0}', e instanceof Error ? e.message : String(e)),
      );
      return 0;
    });
    if (bytes) void vscode.window.showInformationMessage(vscode.l10n.t('Plan map exported to {0}.', lastSegment(target.toString())));
  }

  private create(): void {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(
      'marketingPlan.planMap',
      vscode.l10n.t('Plan Map'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [dist],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'client', 'images', 'icon.png');
    const n = nonce();
    panel.webview.html = planMapHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'plan-map.js')).toString(),
      nonce: n,
      words: webviewWords(),
    });
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.renders.clear();
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
    this.panel = panel;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    if (!this.target) {
      this.post({ type: 'empty', message: vscode.l10n.t('Open a *.mplan.yaml file to see its plan map.') });
      return;
    }
    let graph: PlanGraph | null = null;
    try {
      graph = await this.source(this.target);
    } catch (e) {
      this.post({
        type: 'empty',
        message: vscode.l10n.t('The language server could not draw this plan: {0}', e instanceof Error ? e.message : String(e)),
      });
      return;
    }
    this.graph = graph;
    if (!graph) {
      this.post({ type: 'empty', message: vscode.l10n.t('{0} is not part of an indexed plan yet.', lastSegment(this.target.toString())) });
      return;
    }
    panel.title = vscode.l10n.t('Plan Map: {0}', lastSegment(graph.root));
    this.post({ type: 'graph', graph, title: vscode.l10n.t('Plan map · {0}', lastSegment(graph.root)) });
  }

  private post(msg: ToWebview): void {
    void this.panel?.webview.postMessage(msg);
  }

  private onMessage(m: FromWebview): void {
    switch (m.type) {
      case 'ready':
        void this.refresh();
        break;
      case 'rendered':
        this.renders.reported(m.summary);
        break;
      case 'simulated':
        this.simulations.answered(m.ok);
        break;
      case 'open':
        void this.open(m.nodeId);
        break;
      case 'exported': {
        const waiter = this.exportWaiters.get(m.id);
        this.exportWaiters.delete(m.id);
        if (waiter) waiter(m.data);
        else if (m.id === 0) void this.exportAsked(m.format, m.data);
        break;
      }
    }
  }

  private async open(nodeId: string): Promise<void> {
    const node = this.graph?.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const uri = vscode.Uri.parse(node.location.uri);
    const r = node.location.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    // Next to the map, never over it: the editor's own column, else the first one the map does not use.
    const column =
      existing?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus: false });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function pickTarget(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === LANGUAGE_ID) return active.uri;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
}

async function firstPlanFile(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles('**/*.mplan.{yaml,yml}', '**/node_modules/**', 50);
  // Prefer a file that declares the plan: the map of its scope is the whole plan.
  found.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  return found[0];
}

/** Writes an export: SVG as UTF-8 text, PNG from base64; returns the bytes written. An empty drawing is an error. */
async function writeExport(target: vscode.Uri, format: ExportFormat, data: string): Promise<number> {
  if (!data) throw new Error(`the page gave no ${format} drawing`);
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  await vscode.workspace.fs.writeFile(target, bytes);
  return bytes.length;
}
