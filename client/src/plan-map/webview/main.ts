/**
 * The plan map's browser script (bundled on its own into dist/plan-map.js): lays the scope's graph out
 * in layers with dagre and draws it as SVG. Upstream (research, initiatives, segments, products) flows
 * left to right into downstream campaigns; edges that a finding contradicts take the colour of its
 * severity, with the finding's message as the edge's <title>. Nodes are buttons: click or Enter asks
 * the extension to open the node's place.
 */
import dagre from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import {
  FILTER_GROUPS, type FromWebview, type GraphFinding, type GraphNode, type NodeKind, type PlanGraph,
  type RenderSummary, type RuleGroup, type Severity, type ToWebview,
} from '../protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState { groups: RuleGroup[] }

const vscode = acquireVsCodeApi();
const SVG_NS = 'http://www.w3.org/2000/svg';
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const KIND_RANK: Record<NodeKind, number> = { research: 0, initiative: 0, segment: 1, product: 2, campaign: 3 };
const KIND_LABEL: Record<NodeKind, string> = {
  research: 'research', initiative: 'initiative', segment: 'segment', product: 'product', campaign: 'campaign',
};
const NODE_HEIGHT = 46;
const NODE_MIN_WIDTH = 120;
const NODE_MAX_WIDTH = 260;

const isRuleGroup = (v: unknown): v is RuleGroup => typeof v === 'string' && (FILTER_GROUPS as readonly string[]).includes(v);

function loadGroups(): Set<RuleGroup> {
  const s = vscode.getState() as Partial<SavedState> | undefined;
  if (s && Array.isArray(s.groups)) return new Set(s.groups.filter(isRuleGroup));
  return new Set(FILTER_GROUPS);
}

let shownGroups = loadGroups();
let current: PlanGraph | undefined;
let seq = 0;

const $ = <T extends Element>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

const measureCanvas = document.createElement('canvas').getContext('2d');
function textWidth(text: string, font: string): number {
  if (!measureCanvas) return text.length * 7;
  measureCanvas.font = font;
  return measureCanvas.measureText(text).width;
}

function truncate(text: string, font: string, max: number): string {
  if (textWidth(text, font) <= max) return text;
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, font) > max) t = t.slice(0, -1);
  return `${t}…`;
}

/** Findings shown under the current filter. */
const visible = (fs: readonly GraphFinding[]): GraphFinding[] => fs.filter((f) => !isRuleGroup(f.group) || shownGroups.has(f.group));

function worst(fs: readonly GraphFinding[]): Severity | undefined {
  for (const s of SEVERITY_ORDER) if (fs.some((f) => f.severity === s)) return s;
  return undefined;
}

const describeFindings = (fs: readonly GraphFinding[]): string => fs.map((f) => `${f.severity} ${f.code} ${f.name}: ${f.message}`).join('\n');

function shortId(node: GraphNode): string {
  return node.id.slice(node.id.indexOf(':') + 1);
}

function renderFilters(graph: PlanGraph): void {
  const box = $<HTMLElement>('#filters');
  box.textContent = '';
  const counts = new Map<string, number>();
  const all = [...graph.edges.flatMap((e) => e.findings), ...Object.values(graph.nodeFindings).flat()];
  for (const f of all) counts.set(f.group, (counts.get(f.group) ?? 0) + 1);
  for (const g of FILTER_GROUPS) {
    const label = document.createElement('label');
    label.className = 'filter';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = shownGroups.has(g);
    input.dataset.group = g;
    input.addEventListener('change', () => toggleGroup(g, input.checked));
    label.append(input, ` ${g} (${counts.get(g) ?? 0})`);
    box.appendChild(label);
  }
}

function toggleGroup(g: RuleGroup, on: boolean): void {
  if (on) shownGroups.add(g);
  else shownGroups.delete(g);
  vscode.setState({ groups: [...shownGroups] } satisfies SavedState);
  if (current) render(current);
}

function openNode(id: string): void {
  vscode.postMessage({ type: 'open', nodeId: id });
}

function showDetails(text: string): void {
  $<HTMLElement>('#details').textContent = text;
}

function render(graph: PlanGraph): void {
  current = graph;
  const host = $<HTMLElement>('#map');
  host.textContent = '';
  $<HTMLElement>('#empty').hidden = graph.nodes.length > 0;
  renderFilters(graph);
  if (!graph.nodes.length) $<HTMLElement>('#empty').textContent = 'This plan has no research, segments, products, initiatives or campaigns yet.';

  const style = getComputedStyle(document.body);
  const font = `${style.fontSize || '13px'} ${style.fontFamily || 'sans-serif'}`;
  const smallFont = `11px ${style.fontFamily || 'sans-serif'}`;

  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 70, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map<string, GraphNode>();
  const labels = new Map<string, { title: string; sub: string; width: number }>();
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    const title = truncate(n.label, font, NODE_MAX_WIDTH - 24);
    const sub = truncate(`${KIND_LABEL[n.kind]} · ${shortId(n)}`, smallFont, NODE_MAX_WIDTH - 24);
    const width = Math.min(NODE_MAX_WIDTH, Math.max(NODE_MIN_WIDTH, Math.ceil(Math.max(textWidth(title, font), textWidth(sub, smallFont))) + 28));
    labels.set(n.id, { title, sub, width });
    g.setNode(n.id, { width, height: NODE_HEIGHT });
  }
  const edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  for (const e of edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    const minlen = Math.max(1, KIND_RANK[to.kind] - KIND_RANK[from.kind]);
    g.setEdge(e.from, e.to, { minlen, weight: e.findings.length ? 2 : 1 });
  }
  dagre.layout(g);
  const gl = g.graph();
  const width = Math.ceil(gl.width ?? 400);
  const height = Math.ceil(gl.height ?? 200);

  const root = svg('svg', { class: 'plan-map', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Plan map' }, host);
  fit(root);
  const defs = svg('defs', {}, root);
  for (const cls of ['none', ...SEVERITY_ORDER]) {
    const m = svg('marker', { id: `arrow-${cls}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `arrow sev-${cls}` }, m);
  }

  // The boundary between upstream and downstream: between the rightmost upstream node and the leftmost campaign.
  const xs = (pred: (n: GraphNode) => boolean, pick: (a: number, b: number) => number, side: 1 | -1): number | undefined => {
    let v: number | undefined;
    for (const n of graph.nodes) {
      if (!pred(n)) continue;
      const l = g.node(n.id);
      if (l.x === undefined) continue;
      const edge = l.x + (side * l.width) / 2;
      v = v === undefined ? edge : pick(v, edge);
    }
    return v;
  };
  const upRight = xs((n) => n.layer === 'upstream', Math.max, 1);
  const downLeft = xs((n) => n.layer === 'downstream', Math.min, -1);
  if (upRight !== undefined && downLeft !== undefined && downLeft > upRight) {
    const x = (upRight + downLeft) / 2;
    svg('line', { x1: x, y1: 4, x2: x, y2: height - 4, class: 'divider' }, root);
    const tu = svg('text', { x: x - 8, y: 12, class: 'layer-label', 'text-anchor': 'end' }, root);
    tu.textContent = 'upstream';
    const td = svg('text', { x: x + 8, y: 12, class: 'layer-label', 'text-anchor': 'start' }, root);
    td.textContent = 'downstream';
  }

  const summary: RenderSummary = {
    seq: ++seq, root: graph.root, nodeIds: [], edgeCount: 0, markedEdges: [], flaggedNodes: [],
    groups: FILTER_GROUPS.filter((x) => shownGroups.has(x)), focusableNodes: 0, width, height,
  };

  const edgeLayer = svg('g', { class: 'edges' }, root);
  for (const e of edges) {
    const l = g.edge(e.from, e.to);
    const pts = l?.points ?? [];
    if (!pts.length) continue;
    const shown = visible(e.findings);
    const sev = worst(shown);
    const grp = svg('g', { class: `edge kind-${e.kind} ${sev ? `marked sev-${sev}` : 'sev-none'}`, 'data-from': e.from, 'data-to': e.to }, edgeLayer);
    const d = pts.map((p, i) => `${i ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    // A wide transparent twin makes the hover target easier to hit.
    svg('path', { d, class: 'hit' }, grp);
    svg('path', { d, class: 'line', 'marker-end': `url(#arrow-${sev ?? 'none'})` }, grp);
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    const head = `${from?.label ?? e.from} ${e.kind} ${to?.label ?? e.to}`;
    const title = shown.length ? `${head}\n${describeFindings(shown)}` : head;
    svg('title', {}, grp).textContent = title;
    summary.edgeCount++;
    if (sev) summary.markedEdges.push({ from: e.from, to: e.to, severity: sev, codes: shown.map((f) => f.code), title });
  }

  const nodeLayer = svg('g', { class: 'nodes' }, root);
  for (const n of graph.nodes) {
    const l = g.node(n.id);
    const lab = labels.get(n.id);
    if (l.x === undefined || l.y === undefined || !lab) continue;
    const x = l.x - l.width / 2;
    const y = l.y - l.height / 2;
    const own = visible(graph.nodeFindings[n.id] ?? []);
    const sev = worst(own);
    const node = svg('g', {
      class: `node kind-${n.kind} layer-${n.layer}${sev ? ` flagged sev-${sev}` : ''}`,
      transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
      tabindex: 0, role: 'button', 'data-id': n.id,
      'aria-label': `${KIND_LABEL[n.kind]} ${shortId(n)}: ${n.label}${own.length ? `, ${own.length} finding${own.length === 1 ? '' : 's'}` : ''}. Press Enter to open.`,
    }, nodeLayer);
    svg('rect', { width: l.width, height: l.height, rx: 6, ry: 6, class: 'box' }, node);
    svg('rect', { width: 5, height: l.height, rx: 2, ry: 2, class: 'stripe' }, node);
    const t1 = svg('text', { x: 14, y: 19, class: 'title' }, node);
    t1.textContent = lab.title;
    const t2 = svg('text', { x: 14, y: 35, class: 'sub' }, node);
    t2.textContent = lab.sub;
    if (sev) {
      svg('circle', { cx: l.width - 9, cy: 9, r: 5, class: `badge sev-${sev}` }, node);
      summary.flaggedNodes.push(n.id);
    }
    const where = n.location.uri.replace(/^.*\//, '');
    const tip = `${KIND_LABEL[n.kind]} ${shortId(n)} · ${n.label}\n${where}:${n.location.range.start.line + 1}${own.length ? `\n${describeFindings(own)}` : ''}`;
    svg('title', {}, node).textContent = tip;
    node.addEventListener('click', () => openNode(n.id));
    node.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        openNode(n.id);
      }
    });
    node.addEventListener('focus', () => showDetails(tip.replace(/\n/g, ' — ')));
    summary.nodeIds.push(n.id);
    summary.focusableNodes++;
  }
  $<HTMLElement>('#title').textContent = graph.root;
  vscode.postMessage({ type: 'rendered', summary });
}

/**
 * Scales the drawing down to the panel's width (not below 55%, beyond that the map scrolls). The width
 * it was fitted to stays on the drawing (`data-fit-width`): the map is laid out for the panel when it
 * equals the panel's width.
 */
function fit(root: SVGSVGElement): void {
  const vb = root.viewBox.baseVal;
  const avail = $<HTMLElement>('#map').clientWidth;
  const scale = avail > 0 ? Math.max(0.55, Math.min(1, avail / vb.width)) : 1;
  root.setAttribute('width', String(Math.round(vb.width * scale)));
  root.setAttribute('height', String(Math.round(vb.height * scale)));
  root.setAttribute('data-fit-width', String(avail));
}

new ResizeObserver(() => {
  const root = document.querySelector<SVGSVGElement>('svg.plan-map');
  if (root) fit(root);
}).observe($<HTMLElement>('#map'));

function simulate(msg: Extract<ToWebview, { type: 'simulate' }>): boolean {
  if (msg.action === 'toggleGroup') {
    const input = document.querySelector<HTMLInputElement>(`#filters input[data-group="${msg.group}"]`);
    if (!input) return false;
    input.click();
    return true;
  }
  const node = [...document.querySelectorAll<SVGGElement>('g.node')].find((el) => el.dataset.id === msg.nodeId);
  if (!node) return false;
  if (msg.action === 'click') {
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  } else {
    node.focus();
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }
  return true;
}

window.addEventListener('message', (ev: MessageEvent<ToWebview>) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'graph':
      $<HTMLElement>('#scope').textContent = msg.title;
      render(msg.graph);
      break;
    case 'empty':
      current = undefined;
      $<HTMLElement>('#map').textContent = '';
      $<HTMLElement>('#empty').hidden = false;
      $<HTMLElement>('#empty').textContent = msg.message;
      break;
    case 'simulate':
      vscode.postMessage({ type: 'simulated', ok: simulate(msg) });
      break;
  }
});

vscode.postMessage({ type: 'ready' });
