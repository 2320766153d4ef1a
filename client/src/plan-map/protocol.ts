/**
 * The wire shapes of the plan map: the server's `mplan/planGraph` answer and the messages between the
 * extension and the webview. Pure types, shared by both sides (the webview bundle has no `vscode`).
 */

import type {
  GraphEdge,
  GraphFinding,
  GraphNode,
  GraphSeverity as Severity,
  NodeKind,
  PlanGraph,
  WireLocation,
  WirePosition,
  WireRange,
} from '../../../shared/plan-graph';

export type { GraphEdge, GraphFinding, GraphNode, NodeKind, PlanGraph, Severity, WireLocation, WirePosition, WireRange };
export type RuleGroup = 'structure' | 'alignment' | 'pricing' | 'timing' | 'governance' | 'flow';

/** The groups the map can filter by (structure findings never sit on an edge). */
export const FILTER_GROUPS: readonly RuleGroup[] = ['alignment', 'pricing', 'timing', 'governance', 'flow'];

/** What the webview reports after every render (the extension keeps the last one; tests read it). */
export interface RenderSummary {
  /** Increases with every render of this webview. */
  seq: number;
  root: string;
  nodeIds: string[];
  edgeCount: number;
  /** Edges drawn in a severity colour, with their tooltip text. */
  markedEdges: { from: string; to: string; severity: Severity; codes: string[]; title: string }[];
  /** Nodes carrying a finding badge. */
  flaggedNodes: string[];
  /** The rule groups currently shown. */
  groups: RuleGroup[];
  /** Nodes reachable with the keyboard (tabindex="0"). */
  focusableNodes: number;
  width: number;
  height: number;
  /** Campaign node ids from top to bottom (by start date). */
  campaignOrder: string[];
  /** Nodes whose colour is a severity (their worst finding, own or on a flow into them). */
  coloured: Array<{ id: string; severity: Severity }>;
  /** Segments whose campaigns are collapsed into one node, with the count. */
  collapsed: Array<{ segment: string; campaigns: number }>;
  /** Nodes matching the search text ('' matches none). */
  matches: string[];
  /** The node with the keyboard focus, if any. */
  focused: string | undefined;
  /** The current zoom factor (1 = the drawing's own size). */
  scale: number;
  /** The scope's folder name as shown in the title (never a local path). */
  title: string;
}

export type ExportFormat = 'svg' | 'png';

export type ToWebview =
  | { type: 'graph'; graph: PlanGraph; title: string }
  | { type: 'empty'; message: string }
  /** Test hook: act on the rendered DOM as a user would. */
  | { type: 'simulate'; action: 'click' | 'enter'; nodeId: string }
  | { type: 'simulate'; action: 'toggleGroup'; group: RuleGroup }
  | { type: 'simulate'; action: 'search'; text: string }
  | { type: 'simulate'; action: 'nextProblem' | 'previousProblem' | 'fit' | 'zoomIn' | 'zoomOut' }
  | { type: 'simulate'; action: 'collapse'; segment: string }
  /** Asks the page for the current drawing as a file (answered with `exported`). */
  | { type: 'export'; format: ExportFormat; id: number };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'open'; nodeId: string }
  | { type: 'rendered'; summary: RenderSummary }
  | { type: 'simulated'; ok: boolean }
  /** The drawing as a file: SVG text, or PNG as base64; `id` 0 when the user asked from the page. */
  | { type: 'exported'; format: ExportFormat; id: number; data: string };
