import { percentOfBasisPoints } from '../../model/pricing';
import type { Rule } from '../rule';
import { discountOverCap } from './discount-cap';
import { comparableCampaigns } from './priced-offer';

export const premiumDeepDiscount: Rule = {
  meta: {
    code: 'MP204',
    name: 'premium-deep-discount',
    severity: 'warning',
    group: 'pricing',
    summary: 'A `premium` product is discounted by more than `premiumDiscountLimit` (default 20%).',
    explanation:
      'Upstream positioned the product as premium, and the campaign sells it at a deep discount. ' +
      'A premium position rests on customers believing the product is worth its price; deep cuts undermine that belief, cheapen the brand and make full-price sales harder afterwards. ' +
      'Keep the discount within the premium limit and promote the product on its value instead, or revisit the positioning upstream.',
    messages: {
      discountOverLimit:
        'campaign {campaign} offers the premium product {product} at {discount:percent} off: the largest discount allowed on a premium product is {max:percent}',
      priceBelowLimit:
        'campaign {campaign} offers the premium product {product} at {price:money}, a {derived:percent} discount on {list:money}: the lowest price allowed on a premium product is {minimum}, a {max:percent} discount on {list:money}',
      'fix.capDiscount': 'Cap the discount at the premium limit {discount:percent}',
      'fix.capDiscountAndPrice': 'Cap the discount at the premium limit {discount:percent} and the price at {price:money}',
      'fix.capPrice': 'Cap the price at {price:money}, a {discount:percent} discount (the premium limit)',
      'related.premium': 'product {product} is positioned premium',
    },
  },
  checkCampaigns(ctx) {
    const limit = percentOfBasisPoints(ctx.thresholds.premiumDiscountLimitBp);
    for (const p of comparableCampaigns(ctx)) {
      const positioning = p.pricing.positioning;
      if (positioning?.value !== 'premium') continue;
      const over = discountOverCap(p, limit, ctx.currency);
      if (!over) continue;
      ctx.report({
        file: p.campaign.file,
        node: over.node,
        messageId: over.written === 'discount' ? 'discountOverLimit' : 'priceBelowLimit',
        data: over.data,
        related: [{ file: p.product.file, node: positioning.node, messageId: 'related.premium', data: { product: p.product.id } }],
        fixes: [over.fix],
      });
    }
  },
};
