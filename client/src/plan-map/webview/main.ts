/**
 * The plan map's browser script (bundled on its own into dist/plan-map.js): lays the scope's graph out
 * in layers with dagre and draws it as SVG. Upstream (research, initiatives, segments, products) flows
 * left to right into downstream campaigns; edges that a finding contradicts take the colour of its
 * severity, with the finding's message as the edge's <title>. Nodes are buttons: click or Enter asks
 * the extension to open the node's place. At scale: the map fills the panel, zooms (wheel, +/-),
 * pans (drag), fits (0); search finds nodes by name or id; F8 / Shift+F8 go to the next or previous
 * problem; campaigns are ordered by start date and a segment's campaigns collapse into one node;
 * the drawing exports as SVG or PNG.
 */
import dagre from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import {
  FILTER_GROUPS,
  type ExportFormat,
  type FromWebview,
  type GraphEdge,
  type GraphFinding,
  type GraphNode,
  type NodeKind,
  type PlanGraph,
  type RenderSummary,
  type RuleGroup,
  type Severity,
  type ToWebview,
} from '../protocol';
import { pageWords } from '../../../../shared/views-draw/page-words';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface SavedState {
  groups: RuleGroup[];
  collapsed?: string[];
}

const vscode = acquireVsCodeApi();
/** The words in VS Code's display language, from the JSON the extension wrote into the page (English when absent). */
const words = pageWords(document.getElementById('words')?.textContent);
const SVG_NS = 'http://www.w3.org/2000/svg';
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const KIND_RANK: Record<NodeKind, number> = { research: 0, initiative: 0, segment: 1, product: 2, campaign: 3 };
const KIND_LABEL: Record<NodeKind, string> = {
  research: 'research',
  initiative: 'initiative',
  segment: 'segment',
  product: 'product',
  campaign: 'campaign',
};
/** How an edge reads, from its source to its target (the tooltip of a flow). */
const RELATION: Record<GraphEdge['kind'], string> = {
  backs: '{from} backs {to}',
  'made-for': '{to} is made for {from}',
  targets: '{to} targets {from}',
  promotes: '{to} promotes {from}',
  'aims-at': '{from} aims at {to}',
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

const shownGroups = loadGroups();
let current: PlanGraph | undefined;
let seq = 0;
/** Segment node ids whose campaigns are drawn as one node. */
const collapsedSegments = new Set<string>(
  ((vscode.getState() as Partial<SavedState> | undefined)?.collapsed ?? []).filter((x) => typeof x === 'string'),
);
let searchText = '';
let matchIndex = -1;
let problemIndex = -1;
/** The view: drawing units to screen pixels, and the drawing's offset in the panel. */
const view = { scale: 1, x: 0, y: 0 };
let drawing = { width: 0, height: 0 };
let lastSummary: RenderSummary | undefined;

const saveState = (): void => vscode.setState({ groups: [...shownGroups], collapsed: [...collapsedSegments] } satisfies SavedState);

const $ = <T extends Element>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
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

const describeFindings = (fs: readonly GraphFinding[]): string =>
  fs.map((f) => `${f.severity} ${f.code} ${f.name}: ${f.message}`).join('\n');

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
  saveState();
  if (current) render(current);
}

function openNode(id: string): void {
  vscode.postMessage({ type: 'open', nodeId: id });
}

function showDetails(text: string): void {
  $<HTMLElement>('#details').textContent = text;
}

/** The graph as drawn: a collapsed segment's campaigns (those all of whose segments are collapsed) become one node. */
function collapse(graph: PlanGraph): { graph: PlanGraph; groups: Map<string, GraphNode[]> } {
  const groups = new Map<string, GraphNode[]>();
  if (!collapsedSegments.size) return { graph, groups };
  const segmentsOf = new Map<string, string[]>();
  for (const e of graph.edges) if (e.kind === 'targets') (segmentsOf.get(e.to) ?? segmentsOf.set(e.to, []).get(e.to))?.push(e.from);
  const hidden = new Map<string, string>();
  for (const n of graph.nodes) {
    const segs = segmentsOf.get(n.id) ?? [];
    if (n.kind === 'campaign' && segs.length && segs.every((x) => collapsedSegments.has(x))) {
      hidden.set(n.id, `group:${segs[0]}`);
      (groups.get(segs[0]) ?? groups.set(segs[0], []).get(segs[0]))?.push(n);
    }
  }
  const nodes: GraphNode[] = graph.nodes.filter((n) => !hidden.has(n.id));
  const nodeFindings: Record<string, GraphFinding[]> = {};
  for (const [id, fs] of Object.entries(graph.nodeFindings)) {
    const to = hidden.get(id) ?? id;
    (nodeFindings[to] ??= []).push(...fs);
  }
  for (const [seg, list] of groups) {
    const first = list[0];
    nodes.push({
      id: `group:${seg}`,
      kind: 'campaign',
      label: `${list.length} campaign${list.length === 1 ? '' : 's'}`,
      layer: 'downstream',
      location: first.location,
    });
  }
  const edgeMap = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const from = hidden.get(e.from) ?? e.from;
    const to = hidden.get(e.to) ?? e.to;
    if (from === to) continue;
    const key = `${from}>${to}`;
    const have = edgeMap.get(key);
    if (have) have.findings.push(...e.findings.filter((f) => !have.findings.some((x) => x.code === f.code && x.message === f.message)));
    else edgeMap.set(key, { ...e, from, to, findings: [...e.findings] });
  }
  return { graph: { root: graph.root, nodes, edges: [...edgeMap.values()], nodeFindings }, groups };
}

/** The folder name at the end of the root's URI (decoded: a space is shown as a space). */
function lastSegment(root: string): string {
  const seg =
    root
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? root;
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

function subtitle(n: GraphNode, groups: Map<string, GraphNode[]>): string {
  if (n.id.startsWith('group:')) return `collapsed · ${shortId(n).replace(/^segment:/, '')}`;
  if (n.kind !== 'campaign') return `${words.t(KIND_LABEL[n.kind])} · ${shortId(n)}`;
  void groups;
  const dates = n.schedule ? `${n.schedule.start} – ${n.schedule.end}` : words.t('no schedule');
  return n.budget ? `${dates} · ${n.budget}` : dates;
}

function render(full: PlanGraph): void {
  current = full;
  const { graph, groups } = collapse(full);
  const host = $<HTMLElement>('#map');
  host.textContent = '';
  $<HTMLElement>('#empty').hidden = graph.nodes.length > 0;
  renderFilters(graph);
  if (!graph.nodes.length)
    $<HTMLElement>('#empty').textContent = words.t('This plan has no research, segments, products, initiatives or campaigns yet.');

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
    const sub = truncate(subtitle(n, groups), smallFont, NODE_MAX_WIDTH - 24);
    const width = Math.min(
      NODE_MAX_WIDTH,
      Math.max(NODE_MIN_WIDTH, Math.ceil(Math.max(textWidth(title, font), textWidth(sub, smallFont))) + 28),
    );
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
  // Campaigns top to bottom by start date (the server sends them in that order): they keep the
  // slots dagre gave them, assigned in that order.
  const campaignIds = graph.nodes.filter((n) => n.kind === 'campaign').map((n) => n.id);
  const slots = campaignIds.map((id) => ({ x: g.node(id).x ?? 0, y: g.node(id).y ?? 0 })).sort((a, b) => a.y - b.y || a.x - b.x);
  campaignIds.forEach((id, i) => {
    const l = g.node(id);
    l.x = slots[i].x;
    l.y = slots[i].y;
  });
  const gl = g.graph();
  const width = Math.ceil(gl.width ?? 400);
  const height = Math.ceil(gl.height ?? 200);

  const outer = svg(
    'svg',
    { class: 'plan-map', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Plan map' },
    host,
  );
  drawing = { width, height };
  const defs = svg('defs', {}, outer);
  const root = svg('g', { class: 'viewport' }, outer);
  for (const cls of ['none', ...SEVERITY_ORDER]) {
    const m = svg(
      'marker',
      { id: `arrow-${cls}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      defs,
    );
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
    tu.textContent = words.t('upstream');
    const td = svg('text', { x: x + 8, y: 12, class: 'layer-label', 'text-anchor': 'start' }, root);
    td.textContent = words.t('downstream');
  }

  const title = lastSegment(graph.root);
  const summary: RenderSummary = {
    seq: ++seq,
    root: graph.root,
    nodeIds: [],
    edgeCount: 0,
    markedEdges: [],
    flaggedNodes: [],
    groups: FILTER_GROUPS.filter((x) => shownGroups.has(x)),
    focusableNodes: 0,
    width,
    height,
    campaignOrder: [...campaignIds].sort((a, b) => (g.node(a).y ?? 0) - (g.node(b).y ?? 0)),
    coloured: [],
    collapsed: [...groups].map(([segment, list]) => ({ segment, campaigns: list.length })),
    matches: [],
    focused: undefined,
    scale: 1,
    title,
  };
  /** A node's worst finding: its own, or one on a flow into it. */
  const worstInto = new Map<string, Severity>();

  const edgeLayer = svg('g', { class: 'edges' }, root);
  for (const e of edges) {
    const a = g.node(e.from);
    const b = g.node(e.to);
    if (a.x === undefined || a.y === undefined || b.x === undefined || b.y === undefined) continue;
    const shown = visible(e.findings);
    const sev = worst(shown);
    if (sev) {
      const had = worstInto.get(e.to);
      if (!had || SEVERITY_ORDER.indexOf(sev) < SEVERITY_ORDER.indexOf(had)) worstInto.set(e.to, sev);
    }
    const grp = svg(
      'g',
      { class: `edge kind-${e.kind} ${sev ? `marked sev-${sev}` : 'sev-none'}`, 'data-from': e.from, 'data-to': e.to },
      edgeLayer,
    );
    const x1 = a.x + a.width / 2;
    const x2 = b.x - b.width / 2;
    const mid = (x1 + x2) / 2;
    const d = `M ${x1.toFixed(1)} ${a.y.toFixed(1)} C ${mid.toFixed(1)} ${a.y.toFixed(1)} ${mid.toFixed(1)} ${b.y.toFixed(1)} ${x2.toFixed(1)} ${b.y.toFixed(1)}`;
    // A wide transparent twin makes the hover target easier to hit.
    svg('path', { d, class: 'hit' }, grp);
    svg('path', { d, class: 'line', 'marker-end': `url(#arrow-${sev ?? 'none'})` }, grp);
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    const head = words.t(RELATION[e.kind], { from: from?.label ?? e.from, to: to?.label ?? e.to });
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
    const into = worstInto.get(n.id);
    const colour = sev && into ? (SEVERITY_ORDER.indexOf(sev) <= SEVERITY_ORDER.indexOf(into) ? sev : into) : (sev ?? into);
    if (colour) summary.coloured.push({ id: n.id, severity: colour });
    const node = svg(
      'g',
      {
        class: `node kind-${n.kind} layer-${n.layer}${sev ? ` flagged sev-${sev}` : ''}${colour ? ` worst-${colour}` : ''}${n.id.startsWith('group:') ? ' collapsed-group' : ''}`,
        transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
        tabindex: 0,
        role: 'button',
        'data-id': n.id,
        'data-label': n.label,
        'aria-label': `${words.t(KIND_LABEL[n.kind])} ${shortId(n)}: ${n.label}${own.length ? `, ${words.t(own.length === 1 ? '{n} finding' : '{n} findings', { n: own.length })}` : ''}. ${words.t('Press Enter to open.')}`,
      },
      nodeLayer,
    );
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
    const tip = `${words.t(KIND_LABEL[n.kind])} ${shortId(n)} · ${n.label}\n${where}:${n.location.range.start.line + 1}${own.length ? `\n${describeFindings(own)}` : ''}`;
    svg('title', {}, node).textContent = tip;
    node.addEventListener('click', () => (n.id.startsWith('group:') ? toggleCollapse(n.id.slice(6)) : openNode(n.id)));
    if (n.kind === 'segment')
      node.addEventListener('dblclick', (ev) => {
        ev.preventDefault();
        toggleCollapse(n.id);
      });
    node.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        if (n.id.startsWith('group:')) toggleCollapse(n.id.slice(6));
        else openNode(n.id);
      } else if ((ev.key === 'c' || ev.key === 'C') && n.kind === 'segment') {
        ev.preventDefault();
        toggleCollapse(n.id);
      }
    });
    node.addEventListener('focus', () => showDetails(tip.replace(/\n/g, ' — ')));
    summary.nodeIds.push(n.id);
    summary.focusableNodes++;
  }
  $<HTMLElement>('#title').textContent = title;
  lastSummary = summary;
  applyView();
  if (!hasView) fitView();
  markMatches();
  report();
}

/** Posts the last render's summary with the current view, search and focus. */
function report(): void {
  if (!lastSummary) return;
  const active = document.activeElement;
  lastSummary = {
    ...lastSummary,
    matches: [...document.querySelectorAll<SVGGElement>('g.node.match')].map((el) => el.dataset.id ?? ''),
    focused: active instanceof SVGGElement ? active.dataset.id : undefined,
    scale: Math.round(view.scale * 1000) / 1000,
  };
  vscode.postMessage({ type: 'rendered', summary: lastSummary });
}

function toggleCollapse(segment: string): void {
  if (collapsedSegments.has(segment)) collapsedSegments.delete(segment);
  else collapsedSegments.add(segment);
  saveState();
  if (current) render(current);
  const el = nodeEl(collapsedSegments.has(segment) ? `group:${segment}` : segment) ?? nodeEl(segment);
  if (el) focusNode(el);
}

// ---- view: zoom, pan, fit ----

let hasView = false;
const MIN_SCALE = 0.05;
const MAX_SCALE = 4;

function applyView(): void {
  const vp = document.querySelector<SVGGElement>('g.viewport');
  const outer = document.querySelector<SVGSVGElement>('svg.plan-map');
  const host = $<HTMLElement>('#map');
  if (!vp || !outer) return;
  outer.setAttribute('width', String(host.clientWidth));
  outer.setAttribute('height', String(host.clientHeight));
  outer.setAttribute('viewBox', `0 0 ${host.clientWidth} ${host.clientHeight}`);
  vp.setAttribute('transform', `translate(${view.x.toFixed(1)} ${view.y.toFixed(1)}) scale(${view.scale.toFixed(4)})`);
}

/** The whole drawing in the panel (never larger than its own size). */
function fitView(): void {
  const host = $<HTMLElement>('#map');
  const w = host.clientWidth;
  const h = host.clientHeight;
  if (!w || !h || !drawing.width) return;
  view.scale = Math.max(MIN_SCALE, Math.min(1, w / drawing.width, h / drawing.height));
  view.x = (w - drawing.width * view.scale) / 2;
  view.y = Math.max(0, (h - drawing.height * view.scale) / 2);
  hasView = true;
  document.querySelector('svg.plan-map')?.setAttribute('data-fit-width', String(w));
  applyView();
}

function zoomAt(factor: number, cx: number, cy: number): void {
  const next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, view.scale * factor));
  const k = next / view.scale;
  view.x = cx - (cx - view.x) * k;
  view.y = cy - (cy - view.y) * k;
  view.scale = next;
  hasView = true;
  applyView();
}

const zoomCentre = (factor: number): void => {
  const host = $<HTMLElement>('#map');
  zoomAt(factor, host.clientWidth / 2, host.clientHeight / 2);
};

/** Brings a node into the middle of the panel, zooming in to at least 0.8 so its text reads. */
function centreOn(el: SVGGElement): void {
  const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  const box = el.querySelector('rect.box');
  if (!m || !box) return;
  const cx = Number(m[1]) + Number(box.getAttribute('width')) / 2;
  const cy = Number(m[2]) + Number(box.getAttribute('height')) / 2;
  const host = $<HTMLElement>('#map');
  view.scale = Math.max(view.scale, 0.8);
  view.x = host.clientWidth / 2 - cx * view.scale;
  view.y = host.clientHeight / 2 - cy * view.scale;
  hasView = true;
  applyView();
}

const nodeEl = (id: string): SVGGElement | undefined =>
  [...document.querySelectorAll<SVGGElement>('g.node')].find((el) => el.dataset.id === id);

function focusNode(el: SVGGElement): void {
  centreOn(el);
  el.focus({ preventScroll: true });
}

{
  const host = $<HTMLElement>('#map');
  host.addEventListener(
    'wheel',
    (ev) => {
      ev.preventDefault();
      const r = host.getBoundingClientRect();
      zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; vx: number; vy: number } | undefined;
  host.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0 || (ev.target instanceof Element && ev.target.closest('g.node'))) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y };
    host.setPointerCapture(ev.pointerId);
    host.classList.add('panning');
  });
  host.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    view.x = drag.vx + ev.clientX - drag.x;
    view.y = drag.vy + ev.clientY - drag.y;
    hasView = true;
    applyView();
  });
  const end = (): void => {
    drag = undefined;
    host.classList.remove('panning');
  };
  host.addEventListener('pointerup', end);
  host.addEventListener('pointercancel', end);
}

// ---- search and problems ----

function markMatches(): void {
  const q = searchText.trim().toLowerCase();
  let n = 0;
  for (const el of document.querySelectorAll<SVGGElement>('g.node')) {
    const id = el.dataset.id ?? '';
    const label = el.dataset.label ?? '';
    const hit = q !== '' && (id.toLowerCase().includes(q) || label.toLowerCase().includes(q));
    el.classList.toggle('match', hit);
    if (hit) n++;
  }
  const count = document.getElementById('search-count');
  if (count) count.textContent = q ? words.t('{n} found', { n }) : '';
}

function search(text: string, advance: boolean): boolean {
  if (text !== searchText) matchIndex = -1;
  searchText = text;
  markMatches();
  const hits = [...document.querySelectorAll<SVGGElement>('g.node.match')];
  if (!hits.length) {
    report();
    return false;
  }
  if (advance || matchIndex < 0) matchIndex = (matchIndex + 1) % hits.length;
  focusNode(hits[matchIndex]);
  report();
  return true;
}

/** Nodes with a problem, worst first, then top to bottom and left to right. */
function problems(): SVGGElement[] {
  const rank = (el: SVGGElement): number => SEVERITY_ORDER.findIndex((s) => el.classList.contains(`worst-${s}`));
  const pos = (el: SVGGElement): [number, number] => {
    const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  };
  return [...document.querySelectorAll<SVGGElement>('g.node')]
    .filter((el) => rank(el) >= 0)
    .sort((a, b) => rank(a) - rank(b) || pos(a)[0] - pos(b)[0] || pos(a)[1] - pos(b)[1]);
}

function goProblem(step: 1 | -1): boolean {
  const list = problems();
  if (!list.length) {
    showDetails(words.t('No problems in this plan.'));
    report();
    return false;
  }
  const at = list.findIndex((el) => el === document.activeElement);
  problemIndex = ((at >= 0 ? at : step === 1 ? -1 : 0) + step + list.length) % list.length;
  const el = list[problemIndex];
  focusNode(el);
  const tip = el.querySelector('title')?.textContent ?? '';
  showDetails(words.t('Problem {n} of {total}: {title}', { n: problemIndex + 1, total: list.length, title: tip.replace(/\n/g, ' — ') }));
  report();
  return true;
}

// ---- export ----

/** The whole drawing (not the current view) as a standalone SVG with the theme's colours written in. */
function exportSvg(): string {
  const outer = document.querySelector<SVGSVGElement>('svg.plan-map');
  if (!outer) return '';
  const clone = outer.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(drawing.width));
  clone.setAttribute('height', String(drawing.height));
  clone.setAttribute('viewBox', `0 0 ${drawing.width} ${drawing.height}`);
  clone.removeAttribute('data-fit-width');
  clone.querySelector('g.viewport')?.removeAttribute('transform');
  // Computed colours of the live elements, written onto their clones (the file has no stylesheet).
  const live = [...outer.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight'];
  live.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copies[i]?.setAttribute('style', style);
    copies[i]?.removeAttribute('tabindex');
  });
  const bg = getComputedStyle(document.body).backgroundColor;
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('style', `fill:${bg}`);
  clone.insertBefore(rect, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

async function exportPng(): Promise<string> {
  const text = exportSvg();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the drawing could not be rasterised'));
      img.src = url;
    });
    const scale = Math.min(2, 16000 / Math.max(drawing.width, drawing.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(drawing.width * scale);
    canvas.height = Math.ceil(drawing.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function exportAs(format: ExportFormat, id: number): Promise<void> {
  const data = format === 'svg' ? exportSvg() : await exportPng().catch(() => '');
  vscode.postMessage({ type: 'exported', format, id, data });
}

// ---- toolbar and keys ----

function bindToolbar(): void {
  const input = document.getElementById('search') as HTMLInputElement | null;
  input?.addEventListener('input', () => search(input.value, false));
  input?.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      search(input.value, true);
    } else if (ev.key === 'Escape') {
      input.value = '';
      search('', false);
    }
  });
  const on = (id: string, fn: () => void): void => document.getElementById(id)?.addEventListener('click', fn);
  on('zoom-in', () => zoomCentre(1.25));
  on('zoom-out', () => zoomCentre(0.8));
  on('fit', () => fitView());
  on('next-problem', () => goProblem(1));
  on('previous-problem', () => goProblem(-1));
  on('export-svg', () => void exportAs('svg', 0));
  on('export-png', () => void exportAs('png', 0));
  document.addEventListener('keydown', (ev) => {
    if (ev.target instanceof HTMLInputElement) return;
    if (ev.key === 'F8') {
      ev.preventDefault();
      goProblem(ev.shiftKey ? -1 : 1);
    } else if (ev.key === '+' || ev.key === '=') zoomCentre(1.25);
    else if (ev.key === '-') zoomCentre(0.8);
    else if (ev.key === '0') fitView();
    else if (ev.key === '/' || (ev.key === 'f' && (ev.ctrlKey || ev.metaKey))) {
      ev.preventDefault();
      input?.focus();
    }
  });
}
bindToolbar();

new ResizeObserver(() => {
  if (!document.querySelector('svg.plan-map')) return;
  fitView();
}).observe($<HTMLElement>('#map'));

function simulate(msg: Extract<ToWebview, { type: 'simulate' }>): boolean {
  switch (msg.action) {
    case 'search':
      return search(msg.text, true);
    case 'nextProblem':
      return goProblem(1);
    case 'previousProblem':
      return goProblem(-1);
    case 'fit':
      fitView();
      report();
      return true;
    case 'zoomIn':
      zoomCentre(1.25);
      report();
      return true;
    case 'zoomOut':
      zoomCentre(0.8);
      report();
      return true;
    case 'collapse': {
      if (!current?.nodes.some((n) => n.id === msg.segment)) return false;
      toggleCollapse(msg.segment);
      report();
      return true;
    }
    default:
      break;
  }
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
    case 'export':
      void exportAs(msg.format, msg.id);
      break;
  }
});

vscode.postMessage({ type: 'ready' });
