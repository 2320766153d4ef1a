import type { Rule } from '../rule';
import { setPrice } from '../../fix/offer-edits';
import { comparableCampaigns } from './priced-offer';
import { entity } from '../../messages/message';

export const priceAboveList: Rule = {
  meta: {
    code: 'MP207',
    name: 'price-above-list',
    severity: 'warning',
    group: 'pricing',
    summary: "An offer's price is above its product's list price.",
    explanation:
      'The campaign charges more than the list price upstream set for the product. ' +
      'An "offer" dearer than the normal price confuses customers, loses the sales the campaign is paid for, and can mislead buyers who expect a promotion to save them money. ' +
      'Set the offer price to the list price at most, or raise the list price upstream if that is the decision.',
    messages: {
      aboveList: 'campaign {campaign} offers the product {product} at {price:money}, above its list price of {list:money}',
      'fix.price': 'Set the price to the list price {price:money}',
      'fix.priceAndDiscount': 'Set the price to the list price {price:money} and the discount to {discount:percent}',
      'related.list': 'the list price of product {product}: {list:money}',
    },
  },
  checkCampaigns(ctx) {
    for (const p of comparableCampaigns(ctx)) {
      const { price, list } = p;
      if (!price || price.value.cents <= list.value.cents) continue;
      const change = setPrice(p, list.value.cents, 'down');
      ctx.report({
        file: p.campaign.file,
        node: price.node,
        messageId: 'aboveList',
        data: { campaign: entity(p.campaign), product: entity(p.product), price: price.value.text, list: list.value.text },
        related: [
          { file: p.product.file, node: list.node, messageId: 'related.list', data: { product: p.product.id, list: list.value.text } },
        ],
        fixes: [
          {
            titleId: change.discountText ? 'fix.priceAndDiscount' : 'fix.price',
            titleData: { price: change.priceText ?? '', discount: change.discountText ?? '' },
            preferred: true,
            edits: change.edits,
          },
        ],
      });
    }
  },
};
