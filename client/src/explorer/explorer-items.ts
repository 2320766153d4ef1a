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

/** The tree's words, English by default; the explorer passes them translated (vscode.l10n). */
export interface ExplorerWords {
  /** `1 error`, `3 warnings`. */
  count(n: number, severity: ViewSeverity): string;
  /** A group's label by its key: upstream, downstream, research, segment, product, initiative. */
  group(key: string): string;
  /** The label of the campaigns of one status. */
  campaigns(status: string): string;
}

const ENGLISH_GROUPS: Readonly<Record<string, string>> = {
  upstream: 'Upstream',
  downstream: 'Downstream',
  research: 'Research',
  segment: 'Segments',
  product: 'Products',
  initiative: 'Initiatives',
};

const ENGLISH_WORDS: ExplorerWords = {
  count: (n, s) => `${n} ${s}${n === 1 ? '' : 's'}`,
  group: (key) => ENGLISH_GROUPS[key] ?? key,
  campaigns: (status) => `Campaigns: ${status}`,
};

function countsSaid(c: SeverityCounts, words: ExplorerWords): string {
  return ORDER.filter((s) => c[s])
    .map((s) => words.count(c[s], s))
    .join(', ');
}

const worstOf = (list: ReadonlyArray<{ worst: ViewSeverity | undefined }>): ViewSeverity | undefined =>
  ORDER.find((s) => list.some((x) => x.worst === s));

const UPSTREAM: ReadonlyArray<EntityRef['kind']> = ['research', 'segment', 'product', 'initiative'];

function group(id: string, label: string, children: Array<ExplorerGroup | ExplorerEntity>): ExplorerGroup {
  return { type: 'group', id, label: `${label} (${children.length})`, worst: worstOf(children), children };
}

export function scopeItems(v: ScopeViews, fallbackName: string, words: ExplorerWords = ENGLISH_WORDS): ExplorerScope {
  const entity = (e: EntityRef, worst: ViewSeverity | undefined, counts: SeverityCounts): ExplorerEntity => ({
    type: 'entity',
    entity: e,
    worst,
    counts,
    said: countsSaid(counts, words),
  });
  const upstream = UPSTREAM.flatMap((kind) => {
    const nodes = v.map.nodes.filter((n) => n.entity.kind === kind);
    return nodes.length
      ? [
          group(
            `${v.root}#upstream/${kind}`,
            words.group(kind),
            nodes.map((n) => entity(n.entity, n.worst, n.counts)),
          ),
        ]
      : [];
  });
  const byStatus = new Map<string, ExplorerEntity[]>();
  for (const c of v.timeline.campaigns)
    (byStatus.get(c.status) ?? byStatus.set(c.status, []).get(c.status))?.push(entity(c.entity, c.worst, c.counts));
  const downstream = [...byStatus].map(([status, list]) => group(`${v.root}#downstream/${status}`, words.campaigns(status), list));
  const children = [
    group(`${v.root}#upstream`, words.group('upstream'), upstream),
    group(`${v.root}#downstream`, words.group('downstream'), downstream),
  ];
  children[0].label = words.group('upstream');
  children[1].label = words.group('downstream');
  const worst = ORDER.find((s) => v.counts[s] > 0);
  return {
    type: 'scope',
    root: v.root,
    firstFile: v.files[0],
    label: v.plan?.name ?? fallbackName,
    worst,
    counts: v.counts,
    said: countsSaid(v.counts, words),
    children,
  };
}
