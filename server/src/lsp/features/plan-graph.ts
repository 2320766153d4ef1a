/** `mplan/planGraph`: the scope's upstream and downstream entities as nodes, flows as edges, findings on edges. */
import type { GraphEdge, GraphFinding, GraphNode, PlanGraph } from '../../../../shared/plan-graph';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Entity } from '../../engine/model/types';
import { findRule } from '../../engine/rules/registry';
import { spanOf } from '../../engine/parse/yaml-nodes';
import { rangeOf } from '../../engine/views/timeline';
import { compareDates } from '../../engine/model/dates';
import { DEFAULT_LOCALE, type Locale } from '../../engine/messages/locale';
import { messageIn } from '../../engine/messages/localize-findings';

export type { GraphEdge, GraphFinding, GraphNode, PlanGraph };

const nodeId = (e: Entity): string => `${e.kind}:${e.id}`;

/** `locale`: the language of the findings' messages (the client's). */
export function planGraph(a: ScopeAnalysis, uriOf: (path: string) => string, locale: Locale = DEFAULT_LOCALE): PlanGraph {
  const idx = a.index;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const edgeMap = new Map<string, GraphEdge>();
  const add = (e: Entity & { kind: GraphNode['kind'] }, layer: GraphNode['layer']): void => {
    const src = e.file.source;
    nodes.push({
      id: nodeId(e),
      kind: e.kind,
      label: ('name' in e && typeof e.name === 'string' && e.name) || e.id,
      layer,
      location: { uri: uriOf(e.file.path), range: src.rangeOf(spanOf(e.idNode, src)) },
    });
  };
  idx.research.forEach((e) => add(e, 'upstream'));
  idx.segments.forEach((e) => add(e, 'upstream'));
  idx.products.forEach((e) => add(e, 'upstream'));
  idx.initiatives.forEach((e) => add(e, 'upstream'));
  // Campaigns by start date (then id; without a valid schedule last), with their dates and budget.
  const currency = idx.plan?.currency?.value;
  const campaigns = idx.campaigns.map((c) => ({ c, schedule: rangeOf(c.schedule?.start?.value, c.schedule?.end?.value) }));
  campaigns.sort(
    (a, b) =>
      (a.schedule && b.schedule ? compareDates(a.schedule.start, b.schedule.start) : a.schedule ? -1 : b.schedule ? 1 : 0) ||
      (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0),
  );
  for (const { c, schedule } of campaigns) {
    add(c, 'downstream');
    const node = nodes[nodes.length - 1];
    if (schedule) node.schedule = schedule;
    if (c.budget) node.budget = currency ? `${c.budget.value.text} ${currency}` : c.budget.value.text;
  }
  const edge = (from: Entity, to: Entity, kind: GraphEdge['kind']): void => {
    const key = `${nodeId(from)}>${nodeId(to)}`;
    if (edgeMap.has(key)) return;
    const ed: GraphEdge = { from: nodeId(from), to: nodeId(to), kind, findings: [] };
    edgeMap.set(key, ed);
    edges.push(ed);
  };
  for (const s of idx.segments) for (const r of idx.researchBacking(s)) edge(r, s, 'backs');
  for (const p of idx.products)
    for (const r of p.segments?.items ?? []) {
      const s = idx.segment(r.id);
      if (s) edge(s, p, 'made-for');
    }
  for (const i of idx.initiatives)
    for (const r of i.segments?.items ?? []) {
      const s = idx.segment(r.id);
      if (s) edge(i, s, 'aims-at');
    }
  for (const { c } of campaigns) {
    for (const s of idx.campaignSegments(c)) edge(s, c, 'targets');
    const p = c.product ? idx.get('product', c.product.id) : undefined;
    if (p) edge(p, c, 'promotes');
  }
  // Place each finding on the edge from the upstream entity it relates to into the campaign it sits in.
  const within = (e: Entity, file: string, offset: number): boolean =>
    !!e.map.range && e.file.path === file && offset >= e.map.range[0] && offset <= e.map.range[1];
  const nodeFindings: Record<string, GraphFinding[]> = {};
  const upstream: Entity[] = [...idx.research, ...idx.segments, ...idx.products, ...idx.initiatives];
  const owners: Entity[] = [...idx.campaigns, ...idx.initiatives, ...idx.segments, ...idx.products, ...idx.research];
  for (const f of a.findings) {
    if (f.suppressed) continue;
    const rule = findRule(f.code);
    const gf: GraphFinding = {
      code: f.code,
      name: f.name,
      severity: f.severity,
      group: rule?.meta.group ?? 'structure',
      message: messageIn(f, locale),
    };
    const owner = owners.find((e) => within(e, f.file, f.span.offset));
    let placed = false;
    if (owner) {
      for (const r of f.related) {
        const up = upstream.find((e) => e !== owner && within(e, r.file, r.span.offset));
        const ed = up ? (edgeMap.get(`${nodeId(up)}>${nodeId(owner)}`) ?? edgeMap.get(`${nodeId(owner)}>${nodeId(up)}`)) : undefined;
        if (ed && !ed.findings.some((x) => x.code === gf.code && x.message === gf.message)) {
          ed.findings.push(gf);
          placed = true;
        }
      }
      if (!placed) (nodeFindings[nodeId(owner)] ??= []).push(gf);
    }
  }
  return { root: uriOf(a.scope.root), nodes, edges, nodeFindings };
}
