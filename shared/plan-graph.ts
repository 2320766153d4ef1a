/**
 * The wire shape of the answer to `mplan/planGraph` (see protocol.ts): pure types,
 * shared by the server and every client that draws the map (the VS Code
 * extension's webview imports them too).
 */

export type GraphSeverity = 'error' | 'warning' | 'info' | 'hint';
export type NodeKind = 'research' | 'segment' | 'product' | 'initiative' | 'campaign';

export interface WirePosition {
  line: number;
  character: number;
}
export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}
export interface WireLocation {
  uri: string;
  range: WireRange;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  layer: 'upstream' | 'downstream';
  location: WireLocation;
  /** Campaigns: the schedule, when valid (`YYYY-MM-DD`). */
  schedule?: { start: string; end: string };
  /** Campaigns: the budget as the plan writes it, with the plan's currency. */
  budget?: string;
}

export interface GraphFinding {
  code: string;
  name: string;
  severity: GraphSeverity;
  group: string;
  message: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: 'backs' | 'made-for' | 'targets' | 'promotes' | 'aims-at';
  findings: GraphFinding[];
}

export interface PlanGraph {
  /** The URI of the scope's root folder (as `mplan/scopeStatus` and the views give it: the same in every host). */
  root: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Findings of the scope that lie on no edge, by node id. */
  nodeFindings: Record<string, GraphFinding[]>;
}
