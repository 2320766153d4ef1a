import type { Rule } from '../rule';
import { discountOverCap } from './discount-cap';
import { comparableCampaigns } from './priced-offer';

export const discountExceedsMax: Rule = {
  meta: {
    code: 'MP202',
    name: 'discount-exceeds-max',
    severity: 'error',
    group: 'pricing',
    summary: "An offer's effective discount exceeds its product's `maxDiscount`.",
    explanation:
      'The campaign discounts the product more than upstream pricing allows. ' +
      'The maximum discount is what the margin and the price positioning can bear: a deeper cut gives away revenue on every sale and trains customers to buy only on promotion. ' +
      'Cap the offer at the maximum discount, or have upstream raise the maximum before the campaign runs.',
    messages: {
      discountOverMax:
        'campaign {campaign} offers the product {product} at {discount:percent} off: the largest allowed discount is {max:percent}',
      priceBelowMax:
        'campaign {campaign} offers the product {product} at {price:money}, a {derived:percent} discount on {list:money}: the lowest allowed price is {minimum}, a {max:percent} discount on {list:money}',
      'fix.capDiscount': 'Cap the discount at the maximum {discount:percent}',
      'fix.capDiscountAndPrice': 'Cap the discount at the maximum {discount:percent} and the price at {price:money}',
      'fix.capPrice': 'Cap the price at {price:money}, a {discount:percent} discount (the maximum)',
      'related.max': 'the maximum discount of product {product}: {max:percent}',
    },
  },
  checkCampaigns(ctx) {
    for (const p of comparableCampaigns(ctx)) {
      const max = p.pricing.maxDiscount;
      if (!max) continue;
      const over = discountOverCap(p, max.value, ctx.currency);
      if (!over) continue;
      ctx.report({
        file: p.campaign.file,
        node: over.node,
        messageId: over.written === 'discount' ? 'discountOverMax' : 'priceBelowMax',
        data: over.data,
        related: [{ file: p.product.file, node: max.node, messageId: 'related.max', data: { product: p.product.id, max: max.value.text } }],
        fixes: [over.fix],
      });
    }
  },
};
