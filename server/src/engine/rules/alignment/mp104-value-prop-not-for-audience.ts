import { replaceScalar } from '../../fix/edits';
import { effectiveAudience, leavesOut, segmentReach, type Reach } from '../../model/audience';
import type { CampaignEntity, ProductEntity, SegmentEntity, ValuePropEntity } from '../../model/types';
import type { ScopeIndex } from '../../scope/scope-index';
import type { FixSpec, RelatedSpec, Rule } from '../rule';
import { removeRefItem } from '../../fix/list-edits';
import { entity, list, phrase, type MessageData } from '../../messages/message';
import { gapArg } from '../../messages/people';

interface Mismatch {
  messageId: string;
  data: MessageData;
  related: RelatedSpec[];
}

/** What the campaign promotes, to whom, and whom its audience reaches. */
interface Target {
  c: CampaignEntity;
  product: ProductEntity | undefined;
  segments: SegmentEntity[];
  audience: Reach | undefined;
}

/** Whom a value proposition is for: the segments it declares, else all of its product's segments. */
interface Audience {
  segments: SegmentEntity[];
  declared: boolean;
}

const ids = (list: readonly SegmentEntity[]): string => list.map((s) => `${s.id}`).join(', ');

function resolved(index: ScopeIndex, ids: readonly { id: string }[]): SegmentEntity[] {
  const out: SegmentEntity[] = [];
  for (const r of ids) {
    const s = index.segment(r.id);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Undefined when nothing resolved is known about whom the claim is for (unknown ids are MP005's). */
function claimAudience(index: ScopeIndex, vp: ValuePropEntity): Audience | undefined {
  if (vp.invalid.segments) return undefined; // an invalid `segments` is MP002's
  const declared = vp.segments !== undefined;
  const segments = resolved(index, (vp.segments ?? vp.product.segments)?.items ?? []);
  return segments.length ? { segments, declared } : undefined;
}

/** Why the value proposition does not speak to this campaign's audience; undefined when it does. */
function mismatch(index: ScopeIndex, t: Target, vp: ValuePropEntity): Mismatch | undefined {
  if (t.product && vp.product !== t.product) {
    return {
      messageId: 'otherProduct',
      data: { valueProp: vp.id, owner: entity(vp.product), product: entity(t.product), campaign: entity(t.c) },
      related: [{ file: vp.file, node: vp.idNode, messageId: 'related.ofProduct', data: { valueProp: vp.id, product: vp.product.id } }],
    };
  }
  const forWhom = claimAudience(index, vp);
  if (!forWhom || !t.segments.length) return undefined;
  const targeted = forWhom.segments.filter((s) => t.segments.includes(s));
  // Built only when there is a mismatch to report (this runs for every message item of every campaign).
  const declaredRelated = (): RelatedSpec => ({
    file: vp.file,
    node: forWhom.declared && vp.segments ? vp.segments.seq : vp.idNode,
    messageId: forWhom.declared ? (forWhom.segments.length === 1 ? 'related.declaredOne' : 'related.declared') : 'related.undeclared',
    data: { valueProp: vp.id, segments: ids(forWhom.segments), product: vp.product.id },
  });
  if (!targeted.length) {
    // A claim for all of the product's segments, none of them targeted, is MP105's product-segment mismatch.
    if (!forWhom.declared) return undefined;
    return {
      messageId: forWhom.segments.length === 1 ? 'untargetedSegment' : 'untargetedSegments',
      data: { valueProp: vp.id, segments: list(forWhom.segments.map(entity)), campaign: entity(t.c) },
      related: [declaredRelated()],
    };
  }
  const audience = t.audience;
  if (!audience) return undefined;
  const excluded = targeted.map((s) => ({ s, gaps: leavesOut(segmentReach(s), audience) }));
  // The claim fits when the audience reaches the whole of at least one segment it is for.
  if (excluded.some((x) => !x.gaps.length)) return undefined;
  return {
    messageId: 'leftOut',
    data: {
      valueProp: vp.id,
      parts: list(excluded.map((x) => phrase('part', { left: list(x.gaps.map(gapArg)), segment: entity(x.s) }))),
      campaign: entity(t.c),
    },
    related: [
      declaredRelated(),
      ...excluded.flatMap((x) =>
        x.gaps.map((g): RelatedSpec => ({
          file: x.s.file,
          node: x.s[g.field]?.node ?? x.s.idNode,
          messageId: 'related.includes',
          data: { segment: x.s.id, gap: gapArg(g) },
        })),
      ),
    ],
  };
}

/** Value propositions of the campaign's product, for its targeted segments, that suit it and are not in its message yet. */
function replacements(index: ScopeIndex, t: Target, used: ReadonlySet<string>): ValuePropEntity[] {
  if (!t.product) return [];
  return t.product.valueProps.filter((vp) => {
    if (used.has(vp.id) || index.get('valueProp', vp.id) !== vp || mismatch(index, t, vp)) return false;
    const forWhom = claimAudience(index, vp);
    return !!forWhom && forWhom.segments.some((s) => t.segments.includes(s));
  });
}

export const valuePropNotForAudience: Rule = {
  meta: {
    code: 'MP104',
    name: 'value-prop-not-for-audience',
    severity: 'warning',
    group: 'alignment',
    summary: 'A message value proposition belongs to another product, or is meant for segments this campaign does not reach.',
    explanation:
      'Upstream wrote each value proposition for a product and for the segments it should convince, and this campaign uses one that is not for the people it actually reaches. ' +
      'A claim made to the wrong people falls flat at best; at worst it promises what the product does not do, or speaks to people the targeting left out, which undermines the brand. ' +
      'Use a value proposition of the promoted product written for the targeted segments, or change the audience so that it reaches the people the claim was written for.',
    messages: {
      otherProduct:
        'the value proposition {valueProp} belongs to the product {owner}, not to {product}, which campaign {campaign} promotes',
      untargetedSegment:
        'the value proposition {valueProp} is meant only for the segment {segments}, which campaign {campaign} does not target',
      untargetedSegments:
        'the value proposition {valueProp} is meant only for the segments {segments}, which campaign {campaign} does not target',
      leftOut: 'the value proposition {valueProp} speaks to {parts}, whom the audience of campaign {campaign} leaves out',
      part: '{left} of the segment {segment}',
      'related.ofProduct': '{valueProp} is a value proposition of product {product}',
      'related.declaredOne': '{valueProp} is declared for segment {segments}',
      'related.declared': '{valueProp} is declared for segments {segments}',
      'related.undeclared': '{valueProp} declares no segments: it is for those of product {product}, {segments}',
      'related.includes': 'segment {segment} includes {gap}',
      'fix.remove': 'Remove {valueProp} from the message',
      'fix.replace': 'Replace {valueProp} with {other}',
    },
  },
  checkCampaigns(ctx) {
    const index = ctx.index;
    for (const c of index.campaigns) {
      const items = c.valueProps?.items ?? [];
      if (!items.length) continue;
      const segments = index.campaignSegments(c);
      const t: Target = {
        c,
        product: c.product ? index.get('product', c.product.id) : undefined,
        segments,
        audience: effectiveAudience(c, segments),
      };
      const used = new Set(items.map((r) => r.id));
      for (const ref of items) {
        const vp = index.get('valueProp', ref.id);
        if (!vp) continue;
        const why = mismatch(index, t, vp);
        if (!why) continue;
        const swaps = replacements(index, t, used);
        const fixes: FixSpec[] = [];
        const remove = removeRefItem(ref);
        if (remove) fixes.push({ titleId: 'fix.remove', titleData: { valueProp: vp.id }, preferred: !swaps.length, edits: [remove] });
        swaps.forEach((r, i) =>
          fixes.push({
            titleId: 'fix.replace',
            titleData: { valueProp: vp.id, other: r.id },
            preferred: i === 0,
            edits: [replaceScalar(ref.file, ref.node, r.id)],
          }),
        );
        ctx.report({ file: c.file, node: ref.node, messageId: why.messageId, data: why.data, related: why.related, fixes });
      }
    }
  },
};
