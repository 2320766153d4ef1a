/**
 * A timeline or budget webview panel: asks the server for `mplan/scopeViews`, posts the data to the
 * page (which draws it), refreshes when the server says the scope's views changed, opens places.
 */
import { RenderReports, SimulationAnswers } from '../webview-reports';
import * as vscode from 'vscode';
import type { ScopeViews } from '../../../shared/view-types';
import { LANGUAGE_ID } from '../constants';
import { nonce } from './nonce';
import type { FromViewWebview, ToViewWebview, ViewKind, ViewRenderSummary, ViewSimulation } from './protocol';
import { activePlanUri, firstPlanUri, lastSegment, openPlace } from './targets';
import { viewHtml } from './view-html';
import { webviewWords } from './words';

export type ViewsSource = (uri: vscode.Uri) => Promise<ScopeViews | null>;

const TITLES: Record<ViewKind, () => string> = {
  timeline: () => vscode.l10n.t('Plan Timeline'),
  budget: () => vscode.l10n.t('Plan Budget'),
};
const SHORT_TITLES: Record<ViewKind, (name: string) => string> = {
  timeline: (name) => vscode.l10n.t('Timeline: {0}', name),
  budget: (name) => vscode.l10n.t('Budget: {0}', name),
};

/** Today as `YYYY-MM-DD` in the local calendar. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class ViewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private views: ScopeViews | null = null;
  private readonly renders: RenderReports<ViewRenderSummary>;
  private readonly simulations = new SimulationAnswers();
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];
  private refreshing: Promise<void> | undefined;
  private again = false;
  /** The date the today line is drawn at (tests may pin it). */
  today: () => string = localToday;

  constructor(
    readonly kind: ViewKind,
    private readonly extensionUri: vscode.Uri,
    private readonly source: ViewsSource,
  ) {
    this.renders = new RenderReports<ViewRenderSummary>(kind);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (this.panel && ed && ed.document.languageId === LANGUAGE_ID && !this.views?.files.includes(ed.document.uri.toString())) {
          this.target = ed.document.uri;
          void this.refresh();
        }
      }),
    );
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  get lastSummary(): ViewRenderSummary | undefined {
    return this.renders.last;
  }

  get lastViews(): ScopeViews | null {
    return this.views;
  }

  /** Shows the views of the plan holding `uri` (a plan file or a scope's root folder). */
  async show(uri?: vscode.Uri): Promise<void> {
    this.target = uri ?? activePlanUri() ?? this.target ?? (await firstPlanUri());
    if (!this.panel) this.create();
    else this.panel.reveal(undefined, true);
    await this.refresh();
  }

  /** The server re-published findings of these scopes (root URIs): redraw when ours is one. */
  onViewsChanged(roots: readonly string[]): void {
    if (this.panel && (!this.views || roots.includes(this.views.root))) void this.refresh();
  }

  waitForRender(pred: (s: ViewRenderSummary) => boolean = () => true, timeoutMs = 20000): Promise<ViewRenderSummary> {
    return this.renders.next(pred, timeoutMs);
  }

  /** Acts on the rendered page as a user would (test hook). */
  simulate(msg: ViewSimulation, timeoutMs = 10000): Promise<boolean> {
    if (!this.panel) return Promise.resolve(false);
    return this.simulations.ask(() => this.post(msg), timeoutMs);
  }

  private create(): void {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(
      `marketingPlan.${this.kind}`,
      TITLES[this.kind](),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [dist],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'client', 'images', 'icon.png');
    panel.webview.html = viewHtml({
      kind: this.kind,
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'views.js')).toString(),
      nonce: nonce(),
      title: TITLES[this.kind](),
      words: webviewWords(),
    });
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m: FromViewWebview) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.renders.clear();
        this.views = null;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
    this.panel = panel;
  }

  /** One refresh at a time; a request for another while one runs is done once after it. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = this.load().finally(() => {
      this.refreshing = undefined;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    if (!this.target) {
      this.post({ type: 'empty', message: vscode.l10n.t('Open a *.mplan.yaml file to see its plan.') });
      return;
    }
    let views: ScopeViews | null;
    try {
      views = await this.source(this.target);
    } catch (e) {
      this.post({
        type: 'empty',
        message: vscode.l10n.t("The language server could not give this plan's views: {0}", e instanceof Error ? e.message : String(e)),
      });
      return;
    }
    this.views = views;
    if (!views) {
      this.post({ type: 'empty', message: vscode.l10n.t('{0} is not part of an indexed plan yet.', lastSegment(this.target.toString())) });
      return;
    }
    panel.title = SHORT_TITLES[this.kind](views.plan?.name ?? lastSegment(views.root));
    this.post({ type: 'views', views, today: this.today() });
  }

  private post(msg: ToViewWebview): void {
    void this.panel?.webview.postMessage(msg);
  }

  private onMessage(m: FromViewWebview): void {
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
        void openPlace(m.place, this.panel?.viewColumn);
        break;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
