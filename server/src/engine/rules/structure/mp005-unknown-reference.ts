import { campaignRefs } from '../../model/build';
import type { FixSpec, Rule, RuleContext } from '../rule';
import type { KpiRef, Ref, RefKind, UpstreamListKey } from '../../model/types';
import { closest } from '../../text/closest';
import { appendMapItem, insertKey, replaceNode } from '../../fix/edits';
import type { ParsedFile } from '../../parse/parse-file';
import { METRICS, METRIC_SET } from '../../scope/scope-index';

const LIST_KEY: Partial<Record<RefKind, UpstreamListKey>> = {
  research: 'research',
  segment: 'segments',
  channel: 'channels',
  product: 'products',
};

function stubFields(kind: RefKind): Array<[string, string]> {
  switch (kind) {
    case 'research':
      return [['method', 'trend-study']];
    case 'segment':
      return [['name', 'TODO']];
    case 'channel':
      return [['name', 'TODO']];
    case 'product':
      return [
        ['name', 'TODO'],
        ['segments', '[]'],
      ];
    case 'valueProp':
      return [['claim', 'TODO']];
    default:
      return [];
  }
}

function createStub(ctx: RuleContext, ref: Ref): FixSpec | undefined {
  const fields = stubFields(ref.kind);
  const title = { titleId: 'fix.create', titleData: { kind: ref.kind, id: ref.id } };
  const stub: Array<[string, string]> = [['id', ref.id], ...fields];
  if (ref.kind === 'valueProp') {
    if (ref.owner.kind !== 'campaign' || !ref.owner.product) return undefined;
    const product = ctx.index.get('product', ref.owner.product.id);
    if (!product) return undefined;
    const written = product.valuePropsList;
    if (written) return { ...title, edits: [appendMapItem(product.file, written.seq, stub)] };
    const flow = `[{ id: ${ref.id}${fields.map(([k, v]) => `, ${k}: ${v}`).join('')} }]`;
    return { ...title, edits: [insertKey(product.file, product.map, 'valueProps', flow)] };
  }
  const listKey = LIST_KEY[ref.kind];
  if (!listKey) return undefined;
  // The first file (path order) that holds such a list; else the plan file; else the referencing file.
  for (const m of ctx.index.models) {
    const seq = m.sections.upstreamLists[listKey];
    if (seq) return { ...title, edits: [appendMapItem(m.file, seq, stub)] };
  }
  const target = ctx.index.models.find((m) => m.plan)?.file ?? ref.file;
  const model = ctx.index.models.find((m) => m.file === target);
  const flowItem = `[{ id: ${ref.id}${fields.map(([k, v]) => `, ${k}: ${v}`).join('')} }]`;
  if (model?.sections.upstream) return { ...title, edits: [insertKey(target, model.sections.upstream, listKey, flowItem)] };
  const root = model?.sections.root;
  if (root) return { ...title, edits: [insertKey(target, root, 'upstream', `{ ${listKey}: ${flowItem} }`)] };
  return undefined;
}

export const unknownReference: Rule = {
  meta: {
    code: 'MP005',
    name: 'unknown-reference',
    severity: 'error',
    group: 'structure',
    summary: 'A reference names no defined segment, product, value proposition, research, channel or metric.',
    explanation:
      "A campaign or upstream decision points at something the plan never defines, so the link between upstream and downstream is broken: nothing can check that the campaign reaches that segment or honours that product's price. " +
      'Usually it is a typo or an entity that was renamed. ' +
      'Use the id of an existing entity, or create the missing one.',
    messages: {
      unknown: 'unknown {kind:kind} {id}',
      unknownNear: 'unknown {kind:kind} {id}; did you mean {near}?',
      unknownMetric: 'unknown metric {metric}',
      unknownMetricNear: 'unknown metric {metric}; did you mean {near}?',
      'fix.create': 'Create {kind:kind} {id}',
      'fix.replace': 'Replace with {value}',
    },
  },
  check(ctx) {
    // References and kpis written in the campaigns of the index are judged per campaign (checkCampaigns); a campaign whose id was taken before is not one of them.
    for (const ref of ctx.index.upstreamRefs) checkRef(ctx, ref);
    for (const m of ctx.index.models) for (const o of m.initiatives) checkKpis(ctx, m.file, o.kpis?.items);
    for (const d of ctx.index.duplicates) if (d.entity.kind === 'campaign') checkKpis(ctx, d.entity.file, d.entity.kpis?.items);
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      for (const ref of campaignRefs(c)) checkRef(ctx, ref);
      checkKpis(ctx, c.file, c.kpis?.items);
    }
  },
};

function checkRef(ctx: RuleContext, ref: Ref): void {
  const idx = ctx.index;
  if (idx.isKnown(ref)) return;
  const candidates = idx.candidates(ref.kind);
  const near = closest(ref.id, candidates);
  const fixes: FixSpec[] = [];
  if (near)
    fixes.push({ titleId: 'fix.replace', titleData: { value: near }, preferred: true, edits: [replaceNode(ref.file, ref.node, near)] });
  const stub = createStub(ctx, ref);
  if (stub) fixes.push(stub);
  ctx.report({
    file: ref.file,
    node: ref.node,
    messageId: near ? 'unknownNear' : 'unknown',
    data: near ? { kind: ref.kind, id: ref.id, near } : { kind: ref.kind, id: ref.id },
    fixes,
  });
}

function checkKpis(ctx: RuleContext, file: ParsedFile, kpis: readonly KpiRef[] | undefined): void {
  for (const k of kpis ?? []) {
    if (METRIC_SET.has(k.metric)) continue;
    const near = closest(k.metric, METRICS);
    ctx.report({
      file,
      node: k.node,
      messageId: near ? 'unknownMetricNear' : 'unknownMetric',
      data: near ? { metric: k.metric, near } : { metric: k.metric },
      fixes: near
        ? [{ titleId: 'fix.replace', titleData: { value: near }, preferred: true, edits: [replaceNode(file, k.node, near)] }]
        : [],
    });
  }
}
