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
import { DEFAULT_LOCALE, type Locale } from '../../engine/messages/locale';
import { editorTexts, type EditorText } from '../../engine/messages/editor';
import { catalogueOf } from '../../engine/messages/catalogues';

function describeAge(t: EditorText, a: AgeRange | undefined): string {
  if (!a || (a.min === 0 && a.max === 120)) return t('value.anyAge');
  if (a.max === 120) return `${a.min}+`;
  return `${a.min}-${a.max}`;
}

function describeGenders(t: EditorText, g: GenderSet | undefined): string {
  return !g || g.size === 3 ? t('value.anyGender') : [...g].join(', ');
}

function describeRegions(t: EditorText, r: RegionSet | undefined): string {
  return !r || r === 'any' ? t('value.anyRegion') : [...r].join(', ');
}

/** `**segment `id`** · Name`: the entity's kind in words, its id, its name. */
function title(t: EditorText, kind: Entity['kind'], id: string, name?: string): string {
  return `**${t(`kind.${kind}`)} \`${id}\`**${name ? ` · ${md(name)}` : ''}`;
}

/** `label: ` in the locale's typography (`label : ` in French), before a value. */
const field = (t: EditorText, label: string): string => t('card.field', { label: t(label), value: '' });

const ids = (t: EditorText, items: readonly { id: string }[] | undefined): string => items?.map((r) => r.id).join(', ') || t('value.none');

function segmentCard(t: EditorText, s: SegmentEntity): string[] {
  const lines = [`${title(t, 'segment', s.id, s.name)}${s.status !== 'active' ? ` · ${t(`status.${s.status}`)}` : ''}`, ''];
  lines.push(
    `- ${field(t, 'label.age')}${describeAge(t, s.age?.value)}`,
    `- ${field(t, 'label.genders')}${describeGenders(t, s.genders?.value)}`,
    `- ${field(t, 'label.regions')}${describeRegions(t, s.regions?.value)}`,
  );
  if (s.channels) lines.push(`- ${field(t, 'label.channels')}${ids(t, s.channels.items)}`);
  lines.push(`- ${field(t, 'label.evidence')}${ids(t, s.evidence?.items)}`);
  if (s.priceSensitivity) lines.push(`- ${field(t, 'label.priceSensitivity')}${s.priceSensitivity}`);
  if (s.willingnessToPay) lines.push(`- ${field(t, 'label.willingnessToPay')}${md(s.willingnessToPay.value.text)}`);
  return lines;
}

function productCard(t: EditorText, p: ProductEntity): string[] {
  const lines = [title(t, 'product', p.id, p.name), ''];
  lines.push(`- ${field(t, 'label.forSegments')}${ids(t, p.segments?.items)}`);
  const pr = p.pricing;
  if (pr) {
    if (pr.list) lines.push(`- ${field(t, 'label.listPrice')}${md(pr.list.value.text)}`);
    if (pr.floor) lines.push(`- ${field(t, 'label.floor')}${md(pr.floor.value.text)}`);
    if (pr.maxDiscount) lines.push(`- ${field(t, 'label.maxDiscount')}${md(pr.maxDiscount.value.text)}`);
    if (pr.positioning) lines.push(`- ${field(t, 'label.positioning')}${pr.positioning.value}`);
  } else lines.push(`- ${t('value.noPricing')}`);
  lines.push(`- ${field(t, 'label.available')}${p.available?.value ?? t('value.anyTime')}`);
  return lines;
}

function valuePropCard(t: EditorText, v: ValuePropEntity): string[] {
  return [
    `${title(t, 'valueProp', v.id)} ${t('card.ofProduct', { product: `\`${v.product.id}\`` })}`,
    '',
    `- ${field(t, 'label.claim')}${v.claim !== undefined ? md(v.claim) : t('value.noneParen')}`,
    `- ${field(t, 'label.forSegments')}${v.segments ? v.segments.items.map((r) => r.id).join(', ') : t('value.allSegmentsOf', { product: v.product.id })}`,
  ];
}

function researchCard(t: EditorText, r: ResearchEntity): string[] {
  return [
    title(t, 'research', r.id),
    '',
    `- ${field(t, 'label.method')}${r.method !== undefined ? md(r.method) : '?'}`,
    `- ${field(t, 'label.completed')}${r.completed?.value ?? t('value.stillRunning')}`,
    ...(r.finding ? [`- ${field(t, 'label.finding')}${md(r.finding)}`] : []),
  ];
}

function entityCard(t: EditorText, e: Entity): string[] {
  switch (e.kind) {
    case 'segment':
      return segmentCard(t, e);
    case 'product':
      return productCard(t, e);
    case 'valueProp':
      return valuePropCard(t, e);
    case 'research':
      return researchCard(t, e);
    case 'channel':
      return [title(t, 'channel', e.id, e.name)];
    case 'initiative':
      return [
        title(t, 'initiative', e.id, e.name),
        '',
        `- ${field(t, 'label.kind')}${e.initiativeKind ?? '?'}`,
        `- ${field(t, 'label.segments')}${e.segments?.items.map((r) => r.id).join(', ') ?? t('value.none')}`,
      ];
    case 'campaign':
      return [title(t, 'campaign', e.id, e.name)];
    case 'plan':
      return [title(t, 'plan', e.id)];
  }
}

function campaignSummary(t: EditorText, c: CampaignEntity, a: ScopeAnalysis): string[] {
  const idx = a.index;
  const segs = idx.campaignSegments(c);
  const lines = [`${title(t, 'campaign', c.id, c.name)} — ${t('card.linesUp')}`, ''];
  const reach = (s: SegmentEntity): string =>
    `\`${s.id}\` (${describeAge(t, s.age?.value)}, ${describeGenders(t, s.genders?.value)}, ${describeRegions(t, s.regions?.value)})`;
  lines.push(`- ${field(t, 'label.segments')}${segs.map(reach).join('; ') || t('value.noneResolved')}`);
  if (c.audience) {
    const au = c.audience;
    lines.push(
      `- ${field(t, 'label.audienceBought')}${au.age ? describeAge(t, au.age.value) : t('value.agesOfSegments')}, ${au.genders ? describeGenders(t, au.genders.value) : t('value.gendersOfSegments')}, ${au.regions ? describeRegions(t, au.regions.value) : t('value.regionsOfSegments')}`,
    );
  } else lines.push(`- ${field(t, 'label.audience')}${t('value.exactlySegments')}`);
  const product = c.product ? idx.get('product', c.product.id) : undefined;
  if (product?.pricing?.list) {
    const list = md(product.pricing.list.value.text);
    const price =
      (c.offer?.price ? md(c.offer.price.value.text) : undefined) ??
      (c.offer?.discount ? t('value.listMinus', { list, discount: md(c.offer.discount.value.text) }) : t('value.list', { list }));
    const floor = product.pricing.floor ? ` ${t('value.floor', { floor: md(product.pricing.floor.value.text) })}` : '';
    lines.push(`- ${field(t, 'label.price')}${price}${floor}`);
  }
  if (c.schedule?.start) {
    const research = segs.flatMap((s) => idx.researchBacking(s));
    const dates = research.map(
      (r) => `\`${r.id}\` ${r.completed ? t('value.completedOn', { date: r.completed.value }) : t('value.stillRunning')}`,
    );
    const parts = [t('card.starts', { start: c.schedule.start.value })];
    if (dates.length) parts.push(t('card.research', { research: [...new Set(dates)].join(', ') }));
    if (product?.available) parts.push(t('card.productAvailable', { date: product.available.value }));
    lines.push(`- ${parts.join('; ')}`);
  }
  const own = a.findings.filter(
    (f) => !f.suppressed && c.map.range && f.file === c.file.path && f.span.offset >= c.map.range[0] && f.span.offset <= c.map.range[1],
  );
  const codes = [...new Set(own.map((f) => f.code))].join(', ');
  lines.push(
    `- ${own.length ? t(own.length === 1 ? 'card.findings.one' : 'card.findings.other', { n: own.length, codes }) : t('card.noFindings')}`,
  );
  return lines;
}

/** The rule behind a finding: its explanation in English; in another locale its translated summary (the explanations stay out of the bundles). */
function ruleCard(t: EditorText, f: Finding, locale: Locale): string[] {
  const rule = findRule(f.code);
  if (!rule) return [];
  const about = catalogueOf(locale)?.summaries[f.code] ?? rule.meta.explanation;
  return [`**${f.code} ${f.name}** (${t(`severity.${f.severity}`)})`, '', about, '', `[${t('card.ruleDocs')}](${docsUrl(rule.meta)})`];
}

/** `locale`: the client's display language (`initialize` `locale`). */
export function hoverAt(
  file: ParsedFile,
  model: FileModel,
  analysis: ScopeAnalysis | undefined,
  offset: number,
  findings: readonly Finding[],
  locale: Locale = DEFAULT_LOCALE,
): Hover | null {
  const t = editorTexts(locale);
  const sections: string[][] = [];
  for (const f of findings) {
    if (!f.suppressed && f.span.offset <= offset && offset <= f.span.offset + f.span.length) sections.push(ruleCard(t, f, locale));
  }
  if (analysis) {
    const target = targetAt(model, analysis.index, offset);
    if (target?.kind === 'ref') {
      const ref = target.ref;
      if (target.entity) sections.push(entityCard(t, target.entity));
      else if (ref.kind === 'channel' && BUILTIN_CHANNEL_SET.has(ref.id))
        sections.push([`${title(t, 'channel', ref.id)} ${t('card.builtIn')}`]);
    } else if (target?.kind === 'entity') {
      sections.push(target.entity.kind === 'campaign' ? campaignSummary(t, target.entity, analysis) : entityCard(t, target.entity));
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
    if (desc) sections.push([t('card.field', { label: `**\`${at.onKey.name}\`**`, value: catalogueOf(locale)?.keyDocs[desc] ?? desc })]);
  } else if (at) {
    const last = at.steps[at.steps.length - 1].node;
    const v = 'value' in last ? (last as { value: unknown }).value : undefined;
    if (typeof v === 'string' && METRIC_SET.has(v) && at.path.includes('kpis')) {
      sections.push([`**${t('kind.metric')} \`${v}\`** (${t(DOWNSTREAM_METRIC_SET.has(v) ? 'metric.downstream' : 'metric.upstream')})`]);
    }
  }
  const parts = sections.filter((s) => s.length);
  if (!parts.length) return null;
  const contents: MarkupContent = { kind: 'markdown', value: parts.map((s) => s.join('\n')).join('\n\n---\n\n') };
  return { contents };
}
