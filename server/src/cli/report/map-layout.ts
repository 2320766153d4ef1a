/**
 * A small layered layout for the plan map: one column per layer (research,
 * initiatives, segments, products, campaigns), so every flow goes left to
 * right. Campaigns keep the view's order (by start date); each upstream column
 * is ordered by the mean position of the campaigns it flows into (then its
 * declaration order), which keeps most lines short without a general layout.
 */
import type { MapLayer, PlanMap } from '../../engine/views/types';

export const COLUMNS: readonly MapLayer[] = ['research', 'initiative', 'segment', 'product', 'campaign'];

export interface Placed {
  key: string;
  column: number;
  row: number;
}

export interface MapLayout {
  placed: Map<string, Placed>;
  /** Rows of the tallest column. */
  rows: number;
}

export function layoutMap(map: PlanMap): MapLayout {
  const columns: string[][] = COLUMNS.map(() => []);
  for (const n of map.nodes) columns[COLUMNS.indexOf(n.layer)].push(n.entity.key);
  const position = new Map<string, number>();
  columns[4].forEach((k, i) => position.set(k, i));
  const targets = new Map<string, string[]>();
  for (const e of map.edges) {
    let list = targets.get(e.from);
    if (!list) targets.set(e.from, (list = []));
    list.push(e.to);
  }
  // From the campaigns leftwards: products, segments, initiatives, research.
  for (const c of [3, 2, 1, 0]) {
    const mean = (k: string): number => {
      const ps = (targets.get(k) ?? []).map((t) => position.get(t)).filter((p): p is number => p !== undefined);
      return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : Number.POSITIVE_INFINITY;
    };
    const order = columns[c].map((k, i) => ({ k, i, m: mean(k) }));
    order.sort((a, b) => (a.m === b.m ? a.i - b.i : a.m < b.m ? -1 : 1));
    columns[c] = order.map((o) => o.k);
    // Spread the column over the campaigns' height so positions are comparable.
    const scale = Math.max(1, columns[4].length) / Math.max(1, columns[c].length);
    columns[c].forEach((k, i) => position.set(k, i * scale));
  }
  const placed = new Map<string, Placed>();
  columns.forEach((col, c) => col.forEach((key, row) => placed.set(key, { key, column: c, row })));
  return { placed, rows: Math.max(0, ...columns.map((col) => col.length)) };
}
