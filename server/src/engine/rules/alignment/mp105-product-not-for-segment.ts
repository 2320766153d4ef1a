import { appendItem } from '../../fix/edits';
import type { FixSpec, Rule } from '../rule';
import { removeRefItem } from '../../fix/list-edits';
import { entity, list } from '../../messages/message';

export const productNotForSegment: Rule = {
  meta: {
    code: 'MP105',
    name: 'product-not-for-segment',
    severity: 'warning',
    group: 'alignment',
    summary: 'The campaign targets a segment that its product is not made for.',
    explanation:
      'Upstream lists the segments each product is made for, and this campaign promotes the product to a segment outside that list. ' +
      'Nobody has established that those people need the product, so the spend is likely wasted and buyers who do not fit may churn or complain. ' +
      'Remove the segment from the campaign, or, if the product really serves it, add the segment to the product upstream.',
    messages: {
      notMadeFor: 'campaign {campaign} targets the segment {segment}, but the product {product} is made for {madeFor}',
      madeForNone: 'campaign {campaign} targets the segment {segment}, but the product {product} is made for no segment',
      'fix.remove': 'Remove segment {segment} from campaign {campaign}',
      'fix.add': 'Add {segment} to the segments of product {product}',
      'related.madeFor': 'product {product} is made for {madeFor}',
      'related.madeForNone': 'product {product} is made for no segment',
    },
  },
  checkCampaigns(ctx) {
    for (const c of ctx.index.campaigns) {
      const product = c.product ? ctx.index.get('product', c.product.id) : undefined;
      const made = product?.segments;
      if (!product || !made) continue;
      for (const ref of c.segments?.items ?? []) {
        const segment = ctx.index.segment(ref.id);
        if (!segment || made.items.some((r) => r.id === segment.id)) continue;
        const fixes: FixSpec[] = [];
        const remove = removeRefItem(ref);
        if (remove)
          fixes.push({ titleId: 'fix.remove', titleData: { segment: segment.id, campaign: c.id }, preferred: true, edits: [remove] });
        fixes.push({
          titleId: 'fix.add',
          titleData: { segment: segment.id, product: product.id },
          preferred: !remove,
          edits: [appendItem(product.file, made.seq, segment.id)],
        });
        const madeFor = made.items.map((r) => `${r.id}`).join(', ');
        ctx.report({
          file: c.file,
          node: ref.node,
          messageId: made.items.length ? 'notMadeFor' : 'madeForNone',
          data: { campaign: entity(c), segment: entity(segment), product: entity(product), madeFor: list(made.items.map((r) => r.id)) },
          related: [
            {
              file: product.file,
              node: made.seq,
              messageId: madeFor ? 'related.madeFor' : 'related.madeForNone',
              data: { product: product.id, madeFor },
            },
          ],
          fixes,
        });
      }
    }
  },
};
