/**
 * The Plan Explorer's items as plain data, from the view data of each scope: Upstream (research,
 * segments, products, initiatives) and Downstream (campaigns by status), each entity with its worst
 * finding and its count. Pure (no `vscode`): the tree provider turns them into tree items.
 */
import type { EntityRef, ScopeViews, SeverityCounts, ViewSeverity } from '../../../shared/view-types';

export interface ExplorerEntity {
  type: 'entity';
  entity: EntityRef;
  worst: ViewSeverity | undefined;
  counts: SeverityCounts;
  /** e.g. `2 errors, 1 warning`, or '' when it has no finding. */
  said: string;
}

export interface ExplorerGroup {
  type: 'group';
  /** Unique within the tree (`<root>#upstream/segment`). */
  id: string;
  label: string;
  worst: ViewSeverity | undefined;
  children: Array<ExplorerGroup | ExplorerEntity>;
}

export interface ExplorerScope {
  type: 'scope';
  root: string;
  /** A plan file of the scope (what the plan map is asked for). */
  firstFile: string | undefined;
  label: string;
  worst: ViewSeverity | undefined;
  counts: SeverityCounts;
  said: string;
  children: ExplorerGroup[];
}

export type ExplorerNode = ExplorerScope | ExplorerGroup | ExplorerEntity;

const ORDER: readonly ViewSeverity[] = ['error', 'warning', 'info', 'hint'];

function countsSaid(c: SeverityCounts): string {
  return ORDER.filter((s) => c[s])
    .map((s) => `${c[s]} ${s}${c[s] === 1 ? '' : 's'}`)
    .join(', ');
}

const worstOf = (list: ReadonlyArray<{ worst: ViewSeverity | undefined }>): ViewSeverity | undefined =>
  ORDER.find((s) => list.some((x) => x.worst === s));

const UPSTREAM: ReadonlyArray<[EntityRef['kind'], string]> = [
  ['research', 'Research'],
  ['segment', 'Segments'],
  ['product', 'Products'],
  ['initiative', 'Initiatives'],
];

function group(id: string, label: string, children: Array<ExplorerGroup | ExplorerEntity>): ExplorerGroup {
  return { type: 'group', id, label: `${label} (${children.length})`, worst: worstOf(children), children };
}

export function scopeItems(v: ScopeViews, fallbackName: string): ExplorerScope {
  const entity = (e: EntityRef, worst: ViewSeverity | undefined, counts: SeverityCounts): ExplorerEntity => ({
    type: 'entity',
    entity: e,
    worst,
    counts,
    said: countsSaid(counts),
  });
  const upstream = UPSTREAM.flatMap(([kind, label]) => {
    const nodes = v.map.nodes.filter((n) => n.entity.kind === kind);
    return nodes.length
      ? [
          group(
            `${v.root}#upstream/${kind}`,
            label,
            nodes.map((n) => entity(n.entity, n.worst, n.counts)),
          ),
        ]
      : [];
  });
  const byStatus = new Map<string, ExplorerEntity[]>();
  for (const c of v.timeline.campaigns)
    (byStatus.get(c.status) ?? byStatus.set(c.status, []).get(c.status))?.push(entity(c.entity, c.worst, c.counts));
  const downstream = [...byStatus].map(([status, list]) => group(`${v.root}#downstream/${status}`, `Campaigns: ${status}`, list));
  const children = [group(`${v.root}#upstream`, 'Upstream', upstream), group(`${v.root}#downstream`, 'Downstream', downstream)];
  children[0].label = 'Upstream';
  children[1].label = 'Downstream';
  const worst = ORDER.find((s) => v.counts[s] > 0);
  return {
    type: 'scope',
    root: v.root,
    firstFile: v.files[0],
    label: v.plan?.name ?? fallbackName,
    worst,
    counts: v.counts,
    said: countsSaid(v.counts),
    children,
  };
}
