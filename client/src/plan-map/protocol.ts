/**
 * The wire shapes of the plan map: the server's `mplan/planGraph` answer and the messages between the
 * extension and the webview. Pure types, shared by both sides (the webview bundle has no `vscode`).
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type NodeKind = 'research' | 'segment' | 'product' | 'initiative' | 'campaign';
export type RuleGroup = 'structure' | 'alignment' | 'pricing' | 'timing' | 'governance' | 'flow';

export interface WirePosition { line: number; character: number }
export interface WireRange { start: WirePosition; end: WirePosition }
export interface WireLocation { uri: string; range: WireRange }

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  layer: 'upstream' | 'downstream';
  location: WireLocation;
}

export interface GraphFinding {
  code: string;
  name: string;
  severity: Severity;
  group: string;
  message: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: 'backs' | 'made-for' | 'targets' | 'promotes' | 'aims-at';
  findings: GraphFinding[];
}

/** `mplan/planGraph` {uri} -> PlanGraph | null */
export interface PlanGraph {
  root: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  nodeFindings: Record<string, GraphFinding[]>;
}

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
}

export type ToWebview =
  | { type: 'graph'; graph: PlanGraph; title: string }
  | { type: 'empty'; message: string }
  /** Test hook: act on the rendered DOM as a user would. */
  | { type: 'simulate'; action: 'click' | 'enter'; nodeId: string }
  | { type: 'simulate'; action: 'toggleGroup'; group: RuleGroup };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'open'; nodeId: string }
  | { type: 'rendered'; summary: RenderSummary }
  | { type: 'simulated'; ok: boolean };
