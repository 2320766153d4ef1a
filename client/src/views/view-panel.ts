/**
 * A timeline or budget webview panel: asks the server for `mplan/scopeViews`, posts the data to the
 * page (which draws it), refreshes when the server says the scope's views changed, opens places.
 */
import * as vscode from 'vscode';
import type { ScopeViews } from '../../../shared/view-types';
import { LANGUAGE_ID } from '../constants';
import { nonce } from './nonce';
import type { FromViewWebview, ToViewWebview, ViewKind, ViewRenderSummary, ViewSimulation } from './protocol';
import { activePlanUri, firstPlanUri, lastSegment, openPlace } from './targets';
import { viewHtml } from './view-html';

export type ViewsSource = (uri: vscode.Uri) => Promise<ScopeViews | null>;

const TITLES: Record<ViewKind, string> = { timeline: 'Plan Timeline', budget: 'Plan Budget' };

/** Today as `YYYY-MM-DD` in the local calendar. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class ViewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private views: ScopeViews | null = null;
  private summary: ViewRenderSummary | undefined;
  private renderWaiters: { pred: (s: ViewRenderSummary) => boolean; resolve: (s: ViewRenderSummary) => void }[] = [];
  private simulateWaiters: ((ok: boolean) => void)[] = [];
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
    return this.summary;
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
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.renderWaiters = this.renderWaiters.filter((w) => w.resolve !== done);
        reject(new Error(`${this.kind}: no matching render within ${timeoutMs} ms (last: ${JSON.stringify(this.summary)})`));
      }, timeoutMs);
      const done = (s: ViewRenderSummary): void => {
        clearTimeout(t);
        resolve(s);
      };
      this.renderWaiters.push({ pred, resolve: done });
    });
  }

  /** Acts on the rendered page as a user would (test hook). */
  simulate(msg: ViewSimulation, timeoutMs = 10000): Promise<boolean> {
    if (!this.panel) return Promise.resolve(false);
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.simulateWaiters = this.simulateWaiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = (ok: boolean): void => {
        clearTimeout(t);
        resolve(ok);
      };
      this.simulateWaiters.push(done);
      this.post(msg);
    });
  }

  private create(): void {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(
      `marketingPlan.${this.kind}`,
      TITLES[this.kind],
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
    });
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m: FromViewWebview) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.summary = undefined;
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
      this.post({ type: 'empty', message: 'Open a *.mplan.yaml file to see its plan.' });
      return;
    }
    let views: ScopeViews | null;
    try {
      views = await this.source(this.target);
    } catch (e) {
      this.post({
        type: 'empty',
        message: `The language server could not give this plan's views: ${e instanceof Error ? e.message : String(e)}`,
      });
      return;
    }
    this.views = views;
    if (!views) {
      this.post({ type: 'empty', message: `${lastSegment(this.target.toString())} is not part of an indexed plan yet.` });
      return;
    }
    panel.title = `${TITLES[this.kind].replace('Plan ', '')}: ${views.plan?.name ?? lastSegment(views.root)}`;
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
      case 'rendered': {
        this.summary = m.summary;
        const waiting = this.renderWaiters;
        this.renderWaiters = [];
        for (const w of waiting) {
          if (w.pred(m.summary)) w.resolve(m.summary);
          else this.renderWaiters.push(w);
        }
        break;
      }
      case 'simulated':
        this.simulateWaiters.shift()?.(m.ok);
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
