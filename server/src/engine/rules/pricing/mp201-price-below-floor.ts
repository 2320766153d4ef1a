import { discountForPrice, discountedPrice, formatFixMoney, percentOfBasisPoints } from '../../model/pricing';
import type { FixSpec, Rule } from '../rule';
import { comparableCampaigns, describeEffectivePrice, type PricedCampaign } from './priced-offer';
import { setDiscount, setPrice } from '../../fix/offer-edits';
import { entity } from '../../messages/message';

function floorFix(p: PricedCampaign, floorCents: number): FixSpec {
  const floorText = formatFixMoney(floorCents, p.list.value);
  if (p.price) {
    const change = setPrice(p, floorCents, 'down');
    return {
      titleId: change.discountText ? 'fix.priceAndDiscount' : 'fix.price',
      titleData: { floor: floorText, discount: change.discountText ?? '' },
      preferred: true,
      edits: change.edits,
    };
  }
  // Only a discount is written: the largest discount that keeps the price at or above the floor.
  const bp = discountForPrice(p.list.value.cents, floorCents, 'down');
  const change = setDiscount(p, bp, discountedPrice(p.list.value.cents, percentOfBasisPoints(bp)));
  return {
    titleId: 'fix.discount',
    titleData: { discount: change.discountText ?? '', floor: floorText },
    preferred: true,
    edits: change.edits,
  };
}

export const priceBelowFloor: Rule = {
  meta: {
    code: 'MP201',
    name: 'price-below-floor',
    severity: 'error',
    group: 'pricing',
    summary: "An offer's effective price is below its product's `floor`.",
    explanation:
      'The campaign sells the product below the lowest price upstream ever allows. ' +
      'The floor protects the margin and the price image: every sale below it loses money, teaches customers to wait for the next deep cut, and may break agreements with retailers and partners. ' +
      'Raise the offer to the floor, or agree a lower floor upstream before the campaign runs.',
    messages: {
      belowFloor:
        'campaign {campaign} offers the product {product} at {price:money}: the lowest allowed price is its floor of {floor:money}',
      'fix.price': 'Set the price to the floor {floor:money}',
      'fix.priceAndDiscount': 'Set the price to the floor {floor:money} and the discount to {discount:percent}',
      'fix.discount': 'Set the discount to {discount:percent}, the price at the floor {floor:money}',
      'related.floor': 'the floor of product {product}: {floor:money}',
    },
  },
  checkCampaigns(ctx) {
    for (const p of comparableCampaigns(ctx)) {
      const floor = p.pricing.floor;
      const node = p.price?.node ?? p.discount?.node;
      if (!floor || !node || p.effectiveCents >= floor.value.cents) continue;
      const format = (cents: number): string => formatFixMoney(cents, p.list.value);
      ctx.report({
        file: p.campaign.file,
        node,
        messageId: 'belowFloor',
        data: {
          campaign: entity(p.campaign),
          product: entity(p.product),
          price: describeEffectivePrice(p, format),
          floor: floor.value.text,
        },
        related: [
          { file: p.product.file, node: floor.node, messageId: 'related.floor', data: { product: p.product.id, floor: floor.value.text } },
        ],
        fixes: [floorFix(p, floor.value.cents)],
      });
    }
  },
};
