/**
 * The plan's views in the editor: the Timeline and Budget webviews, the Plan Explorer tree, their
 * commands, and the server's `mplan/viewsChanged` notification that keeps them live. Registered from
 * `activate` in one call.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/lib/common/api';
import { SCOPE_VIEWS, VIEWS_CHANGED, type ParamsOf, type ResultOf, type ServerNotifications } from '../../../shared/protocol';
import { COMMANDS } from '../constants';
import { EXPLORER_VIEW, OPEN_ENTITY_COMMAND, PlanExplorer } from '../explorer/plan-explorer';
import type { ExplorerNode } from '../explorer/explorer-items';
import { openPlace } from './targets';
import { ViewPanel } from './view-panel';

export interface PlanViews {
  timeline: ViewPanel;
  budget: ViewPanel;
  explorer: PlanExplorer;
  explorerView: vscode.TreeView<ExplorerNode>;
}

/** A command's argument as the URI of a plan: a URI, or a scope of the Plan Explorer. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as Partial<ExplorerNode> | undefined;
  if (node?.type === 'scope' && typeof node.root === 'string') return vscode.Uri.parse(node.firstFile ?? node.root);
  return undefined;
}

export function registerViews(context: vscode.ExtensionContext, client: LanguageClient, running: () => Promise<LanguageClient>): PlanViews {
  const source = async (uri: vscode.Uri): Promise<ResultOf<typeof SCOPE_VIEWS>> => {
    const c = await running();
    const params: ParamsOf<typeof SCOPE_VIEWS> = { uri: c.code2ProtocolConverter.asUri(uri) };
    return c.sendRequest<ResultOf<typeof SCOPE_VIEWS>>(SCOPE_VIEWS, params);
  };
  const timeline = new ViewPanel('timeline', context.extensionUri, source);
  const budget = new ViewPanel('budget', context.extensionUri, source);
  const explorer = new PlanExplorer(source);
  const explorerView = vscode.window.createTreeView(EXPLORER_VIEW, { treeDataProvider: explorer, showCollapseAll: true });
  context.subscriptions.push(
    timeline,
    budget,
    explorer,
    explorerView,
    client.onNotification(VIEWS_CHANGED, (p: ServerNotifications[typeof VIEWS_CHANGED] | undefined) => {
      const roots = Array.isArray(p?.roots) ? p.roots : [];
      timeline.onViewsChanged(roots);
      budget.onViewsChanged(roots);
      void explorer.onViewsChanged(roots);
    }),
    vscode.commands.registerCommand(COMMANDS.showTimeline, (arg?: unknown) => timeline.show(targetOf(arg))),
    vscode.commands.registerCommand(COMMANDS.showBudget, (arg?: unknown) => budget.show(targetOf(arg))),
    vscode.commands.registerCommand(COMMANDS.explorerShowPlanMap, (arg?: unknown) =>
      vscode.commands.executeCommand(COMMANDS.showPlanMap, targetOf(arg)),
    ),
    vscode.commands.registerCommand(COMMANDS.explorerRefresh, () => explorer.reload()),
    vscode.commands.registerCommand(OPEN_ENTITY_COMMAND, (place: Parameters<typeof openPlace>[0]) => openPlace(place, undefined)),
  );
  return { timeline, budget, explorer, explorerView };
}
