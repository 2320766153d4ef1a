import { differByMoreThanACent, discountForPrice, discountedPrice } from '../../model/pricing';
import type { Rule } from '../rule';
import { replaceDiscount, replacePrice } from '../../fix/offer-edits';
import { comparableCampaigns } from './priced-offer';
import { entity } from '../../messages/message';

export const priceDiscountMismatch: Rule = {
  meta: {
    code: 'MP203',
    name: 'price-discount-mismatch',
    severity: 'warning',
    group: 'pricing',
    summary: "An offer's price and discount disagree by more than 0.01 on the list price.",
    explanation:
      'The offer states both a price and a discount, and the discount taken off the list price does not give that price. ' +
      'Customers who do the sum see an advertised saving that is not real, which damages trust and can break consumer-protection rules on price claims; the shop and the ads may also end up charging different amounts. ' +
      'Recompute one from the other so that the discount and the price tell the same story.',
    messages: {
      mismatch:
        'campaign {campaign} writes the price {price:money}, but {discount:percent} off the list price {list:money} of the product {product} is {fromDiscount:money}',
      'fix.price': 'Recompute the price from the discount: {price:money}',
      'fix.discount': 'Recompute the discount from the price: {discount:percent}',
      'related.list': 'the list price of product {product}: {list:money}',
    },
  },
  checkCampaigns(ctx) {
    for (const p of comparableCampaigns(ctx)) {
      const { price, discount, list } = p;
      if (!price || !discount) continue;
      const fromDiscount = discountedPrice(list.value.cents, discount.value);
      if (!differByMoreThanACent(fromDiscount, price.value.cents)) continue;
      const newPrice = replacePrice(p, fromDiscount);
      const newDiscount = replaceDiscount(p, discountForPrice(list.value.cents, price.value.cents, 'half-up'));
      ctx.report({
        file: p.campaign.file,
        node: price.node,
        messageId: 'mismatch',
        data: {
          campaign: entity(p.campaign),
          product: entity(p.product),
          price: price.value.text,
          discount: discount.value.text,
          list: list.value.text,
          fromDiscount: newPrice.priceText ?? '',
        },
        related: [
          { file: p.product.file, node: list.node, messageId: 'related.list', data: { product: p.product.id, list: list.value.text } },
        ],
        fixes: [
          { titleId: 'fix.price', titleData: { price: newPrice.priceText ?? '' }, preferred: true, edits: newPrice.edits },
          { titleId: 'fix.discount', titleData: { discount: newDiscount.discountText ?? '' }, edits: newDiscount.edits },
        ],
      });
    }
  },
};
