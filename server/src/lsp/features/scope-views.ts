/** `mplan/scopeViews`: the engine's view data of a scope with every place as a URI (what editors open). */
import type * as Wire from '../../../../shared/view-types';
import type { ScopeAnalysis } from '../../engine/analyze';
import { scopeViews } from '../../engine/views/scope-views';
import type { EntityRef, Place, ScopeViews, ViewFinding } from '../../engine/views/types';

type UriOf = (path: string) => string;

export function wireScopeViews(analysis: ScopeAnalysis, uriOf: UriOf): Wire.ScopeViews {
  return toWire(scopeViews(analysis), uriOf);
}

function toWire(v: ScopeViews, uriOf: UriOf): Wire.ScopeViews {
  const place = (p: Place): Wire.UriPlace => ({ uri: uriOf(p.file), range: p.range });
  const entity = (e: EntityRef): Wire.EntityRef => ({ ...e, place: place(e.place) });
  const finding = (f: ViewFinding): Wire.ViewFinding => ({
    ...f,
    place: place(f.place),
    related: f.related.map((r) => ({ place: place(r.place), message: r.message })),
  });
  const t = v.timeline;
  return {
    ...v,
    root: uriOf(v.root),
    files: v.files.map(uriOf),
    plan: v.plan && { ...v.plan, entity: entity(v.plan.entity) },
    timeline: {
      ...t,
      milestones: t.milestones.map((m) => ({ ...m, entity: entity(m.entity), findings: m.findings.map(finding) })),
      campaigns: t.campaigns.map((c) => ({ ...c, entity: entity(c.entity), findings: c.findings.map(finding) })),
    },
    budget: { ...v.budget, withoutBudget: v.budget.withoutBudget.map(entity) },
    map: { ...v.map, nodes: v.map.nodes.map((n) => ({ ...n, entity: entity(n.entity) })) },
    findings: v.findings.map(finding),
  };
}
