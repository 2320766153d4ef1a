/**
 * The messages between the extension and the timeline and budget webviews. Pure types, shared by
 * both sides (the webview bundle has no `vscode`).
 */
import type { ScopeViews, UriPlace, ViewSeverity } from '../../../shared/view-types';

export type { ScopeViews, UriPlace, ViewSeverity };

/** Which view a panel shows. */
export type ViewKind = 'timeline' | 'budget';
export type TimelineZoom = 'month' | 'quarter' | 'year';
export type TimelineGrouping = 'segment' | 'product' | 'none';

/** What the webview reports after every render (the extension keeps the last one; tests read it). */
export interface ViewRenderSummary {
  /** Increases with every render of this webview. */
  seq: number;
  view: ViewKind;
  /** The scope's root URI ('' when nothing is drawn). */
  root: string;
  /** Timeline: the campaign keys with a bar, in drawing order (a campaign under several groups once per group). */
  bars: string[];
  /** Timeline: campaigns outlined in their worst severity. */
  marked: Array<{ key: string; severity: ViewSeverity }>;
  /** Timeline: contradiction lines drawn (`milestone key>campaign key` and severity). */
  contradictions: Array<{ from: string; to: string; severity: ViewSeverity }>;
  /** Timeline: group headings in order. */
  groups: string[];
  zoom: TimelineZoom;
  grouping: TimelineGrouping;
  /** Timeline: the today line is drawn. */
  today: boolean;
  /** Budget: the totals as written on the page. */
  totals: { total: string; plan: string | undefined; remaining: string | undefined; over: boolean } | undefined;
  /** Budget: the chart titles drawn, in order. */
  charts: string[];
  /** Elements reachable with the keyboard that open a place. */
  focusable: number;
  /** The `data-key` of the focused element, if any. */
  focused: string | undefined;
  /** Milliseconds the last render took in the page. */
  renderMs: number;
}

export type ViewSimulation =
  | { type: 'simulate'; action: 'click'; key: string }
  | { type: 'simulate'; action: 'key'; key: string }
  | { type: 'simulate'; action: 'zoom'; zoom: TimelineZoom }
  | { type: 'simulate'; action: 'group'; grouping: TimelineGrouping };

export type ToViewWebview = { type: 'views'; views: ScopeViews; today: string } | { type: 'empty'; message: string } | ViewSimulation;

export type FromViewWebview =
  | { type: 'ready' }
  | { type: 'open'; place: UriPlace }
  | { type: 'rendered'; summary: ViewRenderSummary }
  | { type: 'simulated'; ok: boolean };
