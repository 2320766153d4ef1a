/** The plan map: upstream entities flowing into campaigns, each node with its worst finding, each flow with the contradictions along it. */
import type { Severity } from '../findings';
import type { ScopeIndex } from '../scope/scope-index';
import { entityRef, keyOf } from './entities';
import { countsOf, worstOf } from './view-findings';
import type { EntityKey, MapEdge, MapLayer, MapNode, PlanMap, TimelineCampaign, ViewFinding } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function planMapOf(
  index: ScopeIndex,
  campaigns: readonly TimelineCampaign[],
  byOwner: ReadonlyMap<EntityKey, ViewFinding[]>,
): PlanMap {
  const nodes: MapNode[] = [];
  const known = new Set<EntityKey>();
  const node = (entity: MapNode['entity'], layer: MapLayer): void => {
    const counts = countsOf(byOwner.get(entity.key) ?? []);
    nodes.push({ entity, layer, worst: worstOf(counts), counts });
    known.add(entity.key);
  };
  for (const e of index.research) node(entityRef(e), 'research');
  for (const e of index.segments) node(entityRef(e), 'segment');
  for (const e of index.initiatives) node(entityRef(e), 'initiative');
  for (const e of index.products) node(entityRef(e), 'product');
  // Campaigns in the timeline's order (by start date).
  for (const c of campaigns) node(c.entity, 'campaign');

  const edges: MapEdge[] = [];
  const seen = new Set<string>();
  const edge = (from: EntityKey, to: EntityKey, kind: MapEdge['kind']): void => {
    const k = `${from}>${to}`;
    if (seen.has(k) || !known.has(from) || !known.has(to)) return;
    seen.add(k);
    const along = (byOwner.get(to) ?? []).filter((f) => f.relatedEntities.includes(from));
    const worst = along.reduce<Severity | undefined>((w, f) => (w === undefined || RANK[f.severity] < RANK[w] ? f.severity : w), undefined);
    edges.push({ from, to, kind, worst, codes: [...new Set(along.map((f) => f.code))] });
  };
  for (const s of index.segments) for (const r of index.researchBacking(s)) edge(keyOf('research', r.id), keyOf('segment', s.id), 'backs');
  for (const i of index.initiatives)
    for (const r of i.segments?.items ?? []) edge(keyOf('initiative', i.id), keyOf('segment', r.id), 'aims-at');
  for (const p of index.products) for (const r of p.segments?.items ?? []) edge(keyOf('segment', r.id), keyOf('product', p.id), 'made-for');
  for (const c of campaigns) {
    for (const s of c.segments) edge(keyOf('segment', s), c.entity.key, 'targets');
    if (c.product !== undefined) edge(keyOf('product', c.product), c.entity.key, 'promotes');
  }
  return { nodes, edges };
}
