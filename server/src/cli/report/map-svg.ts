/** The plan map as SVG: upstream entities flowing into campaigns, nodes coloured by their worst finding, contradictions on their flows. */
import type { PlanMap } from '../../engine/views/types';
import type { MapLayer } from '../../engine/views/types';
import { html } from '../../../../shared/views-draw/html-text';
import type { DrawWords } from '../../../../shared/views-draw/draw-words';
import { COLUMNS, layoutMap } from './map-layout';

const COLUMN_WIDTH = 200;
const NODE_WIDTH = 160;
const NODE_HEIGHT = 26;
const ROW = 34;
const HEAD = 26;
const TITLES = ['Research', 'Initiatives', 'Segments', 'Products', 'Campaigns'];

/** A node's tooltip names it, its kind and its id. */
const NODE_TIP: Record<MapLayer, string> = {
  research: '{label} (research {id})',
  segment: '{label} (segment {id})',
  initiative: '{label} (initiative {id})',
  product: '{label} (product {id})',
  campaign: '{label} (campaign {id})',
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function mapSvg(map: PlanMap, w: DrawWords): string {
  if (!map.nodes.length) return `<p class="empty">${html(w.t('Nothing to draw: the plan has no upstream entity and no campaign.'))}</p>`;
  const layout = layoutMap(map);
  const width = COLUMNS.length * COLUMN_WIDTH;
  const height = HEAD + layout.rows * ROW + 6;
  // A column shorter than the tallest is spread over the same height.
  const counts = COLUMNS.map((_, c) => [...layout.placed.values()].filter((p) => p.column === c).length);
  const pos = (key: string): { x: number; y: number } | undefined => {
    const p = layout.placed.get(key);
    if (!p) return undefined;
    const step = counts[p.column] ? (layout.rows * ROW) / counts[p.column] : ROW;
    return { x: p.column * COLUMN_WIDTH + 10, y: HEAD + p.row * step + (step - NODE_HEIGHT) / 2 };
  };
  const out: string[] = [
    `<svg class="map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg"><title id="map-title">${html(w.t('Plan map: upstream decisions flowing into campaigns'))}</title>`,
  ];
  TITLES.forEach((t, c) => out.push(`<text class="column-title" x="${c * COLUMN_WIDTH + 10}" y="16">${html(w.t(t))}</text>`));
  // Plain flows first, contradictions on top.
  const edges = [...map.edges].sort((a, b) => (a.worst ? 1 : 0) - (b.worst ? 1 : 0));
  for (const e of edges) {
    const a = pos(e.from);
    const b = pos(e.to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_WIDTH;
    const y1 = a.y + NODE_HEIGHT / 2;
    const x2 = b.x;
    const y2 = b.y + NODE_HEIGHT / 2;
    const mid = (x1 + x2) / 2;
    const title = e.worst ? `<title>${html(`${e.codes.join(', ')}: ${e.from} → ${e.to}`)}</title>` : '';
    out.push(
      `<path class="flow ${e.kind}${e.worst ? ` sev-${e.worst}` : ''}" d="M${x1} ${Math.round(y1)}C${mid} ${Math.round(y1)} ${mid} ${Math.round(y2)} ${x2} ${Math.round(y2)}">${title}</path>`,
    );
  }
  for (const n of map.nodes) {
    const p = pos(n.entity.key);
    if (!p) continue;
    const total = n.counts.error + n.counts.warning + n.counts.info + n.counts.hint;
    const named = w.t(NODE_TIP[n.layer], { label: n.entity.label, id: n.entity.id });
    const tip = total
      ? w.t('{name}: {details}', { name: named, details: w.t(total === 1 ? '{n} finding' : '{n} findings', { n: total }) })
      : named;
    out.push(
      `<g class="node ${n.layer}${n.worst ? ` sev-${n.worst}` : ''}"><rect x="${p.x}" y="${Math.round(p.y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="5"/><text x="${p.x + 8}" y="${Math.round(p.y) + 17}">${html(clip(n.entity.label, 24))}</text><title>${html(tip)}</title></g>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
