/** Hover: entity cards on references, field docs on keys, rule explanations on diagnostics, campaign summaries. */
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { PlanFile } from '../../../../schemas/plan';
import type { ScopeAnalysis } from '../../engine/analyze';
import type { Finding } from '../../engine/findings';
import type { CampaignEntity, Entity, ProductEntity, ResearchEntity, SegmentEntity, ValuePropEntity } from '../../engine/model/types';
import type { AgeRange, GenderSet, RegionSet } from '../../engine/model/values';
import type { ParsedFile } from '../../engine/parse/parse-file';
import { schemaAt } from '../../engine/parse/schema-walk';
import { nodeAt } from '../../engine/query/node-at';
import { targetAt } from '../../engine/query/entity-at';
import { findRule } from '../../engine/rules/registry';
import { docsUrl } from '../../engine/rules/docs-url';
import { BUILTIN_CHANNEL_SET, DOWNSTREAM_METRIC_SET, METRIC_SET } from '../../engine/scope/scope-index';
import type { FileModel } from '../../engine/model/types';
import { escapeMarkdown as md } from './markdown';

function describeAge(a: AgeRange | undefined): string {
  if (!a || (a.min === 0 && a.max === 120)) return 'any age';
  if (a.max === 120) return `${a.min}+`;
  return `${a.min}-${a.max}`;
}

function describeGenders(g: GenderSet | undefined): string {
  return !g || g.size === 3 ? 'any gender' : [...g].join(', ');
}

function describeRegions(r: RegionSet | undefined): string {
  return !r || r === 'any' ? 'any region' : [...r].join(', ');
}

function segmentCard(s: SegmentEntity): string[] {
  const lines = [`**segment \`${s.id}\`**${s.name ? ` · ${md(s.name)}` : ''}${s.status !== 'active' ? ` · ${s.status}` : ''}`, ''];
  lines.push(
    `- age: ${describeAge(s.age?.value)}`,
    `- genders: ${describeGenders(s.genders?.value)}`,
    `- regions: ${describeRegions(s.regions?.value)}`,
  );
  if (s.channels) lines.push(`- channels: ${s.channels.items.map((r) => r.id).join(', ') || 'none'}`);
  lines.push(`- evidence: ${s.evidence?.items.map((r) => r.id).join(', ') || 'none'}`);
  if (s.priceSensitivity) lines.push(`- price sensitivity: ${s.priceSensitivity}`);
  if (s.willingnessToPay) lines.push(`- willingness to pay: ${md(s.willingnessToPay.value.text)}`);
  return lines;
}

function productCard(p: ProductEntity): string[] {
  const lines = [`**product \`${p.id}\`**${p.name ? ` · ${md(p.name)}` : ''}`, ''];
  lines.push(`- for segments: ${p.segments?.items.map((r) => r.id).join(', ') || 'none'}`);
  const pr = p.pricing;
  if (pr) {
    if (pr.list) lines.push(`- list price: ${md(pr.list.value.text)}`);
    if (pr.floor) lines.push(`- floor: ${md(pr.floor.value.text)}`);
    if (pr.maxDiscount) lines.push(`- max discount: ${md(pr.maxDiscount.value.text)}`);
    if (pr.positioning) lines.push(`- positioning: ${pr.positioning.value}`);
  } else lines.push('- no pricing');
  lines.push(`- available: ${p.available?.value ?? 'any time'}`);
  return lines;
}

function valuePropCard(v: ValuePropEntity): string[] {
  return [
    `**value proposition \`${v.id}\`** of product \`${v.product.id}\``,
    '',
    `- claim: ${v.claim !== undefined ? md(v.claim) : '(none)'}`,
    `- for segments: ${v.segments ? v.segments.items.map((r) => r.id).join(', ') : `all of ${v.product.id}'s segments`}`,
  ];
}

function researchCard(r: ResearchEntity): string[] {
  return [
    `**research \`${r.id}\`**`,
    '',
    `- method: ${r.method !== undefined ? md(r.method) : '?'}`,
    `- completed: ${r.completed?.value ?? 'still running'}`,
    ...(r.finding ? [`- finding: ${md(r.finding)}`] : []),
  ];
}

function entityCard(e: Entity): string[] {
  switch (e.kind) {
    case 'segment':
      return segmentCard(e);
    case 'product':
      return productCard(e);
    case 'valueProp':
      return valuePropCard(e);
    case 'research':
      return researchCard(e);
    case 'channel':
      return [`**channel \`${e.id}\`**${e.name ? ` · ${md(e.name)}` : ''}`];
    case 'initiative':
      return [
        `**initiative \`${e.id}\`**${e.name ? ` · ${md(e.name)}` : ''}`,
        '',
        `- kind: ${e.initiativeKind ?? '?'}`,
        `- segments: ${e.segments?.items.map((r) => r.id).join(', ') ?? 'none'}`,
      ];
    case 'campaign':
      return [`**campaign \`${e.id}\`**${e.name ? ` · ${md(e.name)}` : ''}`];
    case 'plan':
      return [`**plan \`${e.id}\`**`];
  }
}

function campaignSummary(c: CampaignEntity, a: ScopeAnalysis): string[] {
  const idx = a.index;
  const segs = idx.campaignSegments(c);
  const lines = [`**campaign \`${c.id}\`**${c.name ? ` · ${md(c.name)}` : ''} — how it lines up with upstream`, ''];
  lines.push(
    `- segments: ${segs.map((s) => `\`${s.id}\` (${describeAge(s.age?.value)}, ${describeGenders(s.genders?.value)}, ${describeRegions(s.regions?.value)})`).join('; ') || 'none resolved'}`,
  );
  if (c.audience) {
    lines.push(
      `- audience bought: ${c.audience.age ? describeAge(c.audience.age.value) : 'ages of its segments'}, ${c.audience.genders ? describeGenders(c.audience.genders.value) : 'genders of its segments'}, ${c.audience.regions ? describeRegions(c.audience.regions.value) : 'regions of its segments'}`,
    );
  } else lines.push('- audience: exactly its segments');
  const product = c.product ? idx.get('product', c.product.id) : undefined;
  if (product?.pricing?.list) {
    const price =
      (c.offer?.price ? md(c.offer.price.value.text) : undefined) ??
      (c.offer?.discount
        ? `list ${md(product.pricing.list.value.text)} - ${md(c.offer.discount.value.text)}`
        : `list ${md(product.pricing.list.value.text)}`);
    lines.push(`- price: ${price}${product.pricing.floor ? ` (floor ${md(product.pricing.floor.value.text)})` : ''}`);
  }
  if (c.schedule?.start) {
    const research = segs.flatMap((s) => idx.researchBacking(s));
    const dates = research.map((r) => `\`${r.id}\` ${r.completed ? `completed ${r.completed.value}` : 'still running'}`);
    lines.push(
      `- starts ${c.schedule.start.value}${dates.length ? `; research: ${[...new Set(dates)].join(', ')}` : ''}${product?.available ? `; product available ${product.available.value}` : ''}`,
    );
  }
  const own = a.findings.filter(
    (f) => !f.suppressed && c.map.range && f.file === c.file.path && f.span.offset >= c.map.range[0] && f.span.offset <= c.map.range[1],
  );
  lines.push(
    `- ${own.length ? `${own.length} finding${own.length === 1 ? '' : 's'}: ${[...new Set(own.map((f) => f.code))].join(', ')}` : 'no findings'}`,
  );
  return lines;
}

function ruleCard(f: Finding): string[] {
  const rule = findRule(f.code);
  if (!rule) return [];
  return [`**${f.code} ${f.name}** (${f.severity})`, '', rule.meta.explanation, '', `[Rule documentation](${docsUrl(rule.meta)})`];
}

export function hoverAt(
  file: ParsedFile,
  model: FileModel,
  analysis: ScopeAnalysis | undefined,
  offset: number,
  findings: readonly Finding[],
): Hover | null {
  const sections: string[][] = [];
  for (const f of findings) {
    if (!f.suppressed && f.span.offset <= offset && offset <= f.span.offset + f.span.length) sections.push(ruleCard(f));
  }
  if (analysis) {
    const target = targetAt(model, analysis.index, offset);
    if (target?.kind === 'ref') {
      const ref = target.ref;
      if (target.entity) sections.push(entityCard(target.entity));
      else if (ref.kind === 'channel' && BUILTIN_CHANNEL_SET.has(ref.id)) sections.push([`**channel \`${ref.id}\`** (built in)`]);
    } else if (target?.kind === 'entity') {
      sections.push(target.entity.kind === 'campaign' ? campaignSummary(target.entity, analysis) : entityCard(target.entity));
    }
  }
  const at = nodeAt(file, offset);
  if (at?.onKey) {
    const schema = schemaAt(PlanFile, at.path);
    const meta = schema ? (schema as unknown as { meta?: () => { description?: string } | undefined }).meta?.() : undefined;
    const inner = schema
      ? (schema as unknown as { unwrap?: () => { meta?: () => { description?: string } | undefined } }).unwrap?.().meta?.()
      : undefined;
    const desc = meta?.description ?? inner?.description;
    if (desc) sections.push([`**\`${at.onKey.name}\`**: ${desc}`]);
  } else if (at) {
    const last = at.steps[at.steps.length - 1].node;
    const v = 'value' in last ? (last as { value: unknown }).value : undefined;
    if (typeof v === 'string' && METRIC_SET.has(v) && at.path.includes('kpis')) {
      sections.push([
        `**metric \`${v}\`** (${DOWNSTREAM_METRIC_SET.has(v) ? 'downstream: counts sales and clicks' : 'upstream: counts brand and segment progress'})`,
      ]);
    }
  }
  const parts = sections.filter((s) => s.length);
  if (!parts.length) return null;
  const contents: MarkupContent = { kind: 'markdown', value: parts.map((s) => s.join('\n')).join('\n\n---\n\n') };
  return { contents };
}
