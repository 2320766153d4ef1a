/**
 * The Plan Explorer tree view: every scope of the workspace with its Upstream and Downstream, each
 * item with its worst finding and count; click opens the place; a scope's context menu opens its
 * timeline, budget and map. Scopes are found from the plan files of the workspace and their view data
 * from the server (`mplan/scopeViews`); a scope is fetched again when the server says it changed.
 */
import * as vscode from 'vscode';
import type { ScopeViews, ViewEntityKind, ViewSeverity } from '../../../shared/view-types';
import { PLAN_GLOB } from '../constants';
import { lastSegment } from '../views/targets';
import { scopeItems, type ExplorerNode, type ExplorerScope, type ExplorerWords } from './explorer-items';

/** The tree's words in VS Code's display language. */
const WORDS: ExplorerWords = {
  count: (n, s) => {
    const one = {
      error: vscode.l10n.t('1 error'),
      warning: vscode.l10n.t('1 warning'),
      info: vscode.l10n.t('1 info'),
      hint: vscode.l10n.t('1 hint'),
    };
    const other = {
      error: vscode.l10n.t('{0} errors', n),
      warning: vscode.l10n.t('{0} warnings', n),
      info: vscode.l10n.t('{0} infos', n),
      hint: vscode.l10n.t('{0} hints', n),
    };
    return n === 1 ? one[s] : other[s];
  },
  group: (key) =>
    ({
      upstream: vscode.l10n.t('Upstream'),
      downstream: vscode.l10n.t('Downstream'),
      research: vscode.l10n.t('Research'),
      segment: vscode.l10n.t('Segments'),
      product: vscode.l10n.t('Products'),
      initiative: vscode.l10n.t('Initiatives'),
    })[key] ?? key,
  campaigns: (status) =>
    vscode.l10n.t(
      'Campaigns: {0}',
      (
        {
          draft: vscode.l10n.t('draft'),
          planned: vscode.l10n.t('planned'),
          active: vscode.l10n.t('active'),
          done: vscode.l10n.t('done'),
        } as Readonly<Record<string, string>>
      )[status] ?? status,
    ),
};

/** An entity's kind in the tooltip of its item. */
const kindSaid = (kind: ViewEntityKind): string =>
  ({
    plan: vscode.l10n.t('plan'),
    research: vscode.l10n.t('research'),
    segment: vscode.l10n.t('segment'),
    channel: vscode.l10n.t('channel'),
    product: vscode.l10n.t('product'),
    initiative: vscode.l10n.t('initiative'),
    campaign: vscode.l10n.t('campaign'),
  })[kind];

export type ScopeViewsSource = (uri: vscode.Uri) => Promise<ScopeViews | null>;

export const EXPLORER_VIEW = 'marketingPlan.explorer';
export const OPEN_ENTITY_COMMAND = 'marketingPlan.explorer.open';

const ICONS: Record<ViewSeverity, [string, string]> = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  info: ['info', 'problemsInfoIcon.foreground'],
  hint: ['lightbulb', 'problemsInfoIcon.foreground'],
};

const icon = (worst: ViewSeverity | undefined, otherwise: string): vscode.ThemeIcon =>
  worst ? new vscode.ThemeIcon(ICONS[worst][0], new vscode.ThemeColor(ICONS[worst][1])) : new vscode.ThemeIcon(otherwise);

/** What a test reads of the tree: each item's label and description, indented by depth. */
export interface ExplorerLine {
  depth: number;
  label: string;
  description: string;
}

export class PlanExplorer implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private scopes = new Map<string, ExplorerScope>();
  private loading: Promise<void> | undefined;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires after every (re)load of the tree's data. */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly source: ScopeViewsSource) {}

  getTreeItem(n: ExplorerNode): vscode.TreeItem {
    switch (n.type) {
      case 'scope': {
        const item = new vscode.TreeItem(n.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = n.root;
        item.description = n.said || vscode.l10n.t('no findings');
        item.tooltip = `${n.label}: ${n.said || vscode.l10n.t('no findings')}`;
        item.iconPath = icon(n.worst, 'book');
        item.contextValue = 'scope';
        return item;
      }
      case 'group': {
        const top = /#(up|down)stream$/.test(n.id);
        const item = new vscode.TreeItem(
          n.label,
          top ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = n.id;
        if (n.worst) item.iconPath = icon(n.worst, 'folder');
        item.contextValue = 'group';
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(n.entity.label, vscode.TreeItemCollapsibleState.None);
        item.description = n.said;
        item.tooltip = `${kindSaid(n.entity.kind)} ${n.entity.id}${n.said ? `: ${n.said}` : ''}`;
        item.iconPath = icon(n.worst, 'circle-outline');
        item.contextValue = `entity.${n.entity.kind}`;
        item.command = { command: OPEN_ENTITY_COMMAND, title: vscode.l10n.t('Open'), arguments: [n.entity.place] };
        return item;
      }
    }
  }

  async getChildren(n?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!n) {
      if (!this.scopes.size) await this.reload();
      return [...this.scopes.values()].sort((a, b) => a.label.localeCompare(b.label) || a.root.localeCompare(b.root));
    }
    return n.type === 'entity' ? [] : n.children;
  }

  /** Finds every scope again (plan files of the workspace, one request per scope). */
  reload(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
      this.loaded.fire();
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const files = await vscode.workspace.findFiles(PLAN_GLOB, '**/node_modules/**');
    files.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.toString().localeCompare(b.toString()));
    const next = new Map<string, ExplorerScope>();
    const covered = new Set<string>();
    for (const f of files) {
      if (covered.has(f.toString())) continue;
      const v = await this.source(f).catch(() => null);
      if (!v) continue;
      for (const file of v.files) covered.add(file);
      next.set(v.root, scopeItems(v, lastSegment(v.root), WORDS));
    }
    this.scopes = next;
    this.changed.fire(undefined);
  }

  /** The server re-published these scopes (root URIs): fetch them again; an unknown root means a new scope. */
  async onViewsChanged(roots: readonly string[]): Promise<void> {
    if (roots.some((r) => !this.scopes.has(r))) return this.reload();
    for (const root of roots) {
      const v = await this.source(vscode.Uri.parse(root)).catch(() => null);
      if (v) this.scopes.set(root, scopeItems(v, lastSegment(root), WORDS));
      else this.scopes.delete(root);
    }
    this.changed.fire(undefined);
    this.loaded.fire();
  }

  /** The tree as lines (test hook): every item, expanded. */
  async lines(): Promise<ExplorerLine[]> {
    const out: ExplorerLine[] = [];
    const walk = async (nodes: ExplorerNode[], depth: number): Promise<void> => {
      for (const n of nodes) {
        const item = this.getTreeItem(n);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        out.push({ depth, label, description: typeof item.description === 'string' ? item.description : '' });
        await walk(await this.getChildren(n), depth + 1);
      }
    };
    await walk(await this.getChildren(), 0);
    return out;
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }
}
