import { discountForPrice, discountedPrice, formatFixMoney, percentOfBasisPoints } from '../../model/pricing';
import type { SegmentEntity } from '../../model/types';
import type { FixSpec, Rule } from '../rule';
import { addPrice, setDiscount, setPrice } from '../../fix/offer-edits';
import { comparableCampaigns, describeEffectivePrice, type PricedCampaign } from './priced-offer';
import { entity } from '../../messages/message';

/** The targeted segment with the lowest willingness to pay below the price (the first on a tie). */
function lowestExceeded(segments: readonly SegmentEntity[], priceCents: number): SegmentEntity | undefined {
  let lowest: SegmentEntity | undefined;
  for (const s of segments) {
    const wtp = s.willingnessToPay;
    if (!wtp || priceCents <= wtp.value.cents) continue;
    if (!lowest?.willingnessToPay || wtp.value.cents < lowest.willingnessToPay.value.cents) lowest = s;
  }
  return lowest;
}

/** Bring the offer down to the willingness to pay; none when that would go below the floor. */
function willingnessFix(p: PricedCampaign, wtpCents: number): FixSpec | undefined {
  const floor = p.pricing.floor?.value.cents ?? 0;
  const listCents = p.list.value.cents;
  const wtpText = formatFixMoney(wtpCents, p.list.value);
  if (wtpCents < floor) return undefined;
  if (p.price) {
    // A written discount follows the price, rounded up so that the price stays within the willingness to pay.
    const change = setPrice(p, wtpCents, 'up');
    return {
      titleId: change.discountText ? 'fix.priceAndDiscount' : 'fix.price',
      titleData: { wtp: wtpText, discount: change.discountText ?? '' },
      preferred: true,
      edits: change.edits,
    };
  }
  if (p.discount) {
    // Only a discount is written: the smallest discount that brings the price down to the willingness to pay.
    const bp = discountForPrice(listCents, wtpCents, 'up');
    const priceCents = discountedPrice(listCents, percentOfBasisPoints(bp));
    if (priceCents < floor) return undefined;
    const change = setDiscount(p, bp, priceCents);
    return {
      titleId: 'fix.discount',
      titleData: { discount: change.discountText ?? '', price: formatFixMoney(priceCents, p.list.value), wtp: wtpText },
      preferred: true,
      edits: change.edits,
    };
  }
  return {
    titleId: p.offer ? 'fix.addPrice' : 'fix.addOffer',
    titleData: { wtp: wtpText },
    preferred: true,
    edits: [addPrice(p, wtpCents)],
  };
}

export const priceAboveWillingness: Rule = {
  meta: {
    code: 'MP205',
    name: 'price-above-willingness',
    severity: 'warning',
    group: 'pricing',
    summary: 'The effective price (the list price when there is no offer) is above the `willingnessToPay` of a targeted segment.',
    explanation:
      'The campaign asks a targeted segment to pay more than upstream research says that segment accepts. ' +
      'The media budget then reaches people who like the product but will not buy it at that price, so the sales the campaign is paid to create do not happen. ' +
      'Bring the offer down to the willingness to pay (where the floor allows it), or target segments that accept the price.',
    messages: {
      aboveWillingness:
        'campaign {campaign} offers the product {product} at {price:money}, above the {willingness:money} that the segment {segment} is willing to pay',
      'fix.price': 'Set the price to the willingness to pay {wtp:money}',
      'fix.priceAndDiscount': 'Set the price to the willingness to pay {wtp:money} and the discount to {discount:percent}',
      'fix.discount': 'Set the discount to {discount:percent}, a price of {price:money} within the willingness to pay {wtp:money}',
      'fix.addPrice': 'Add the offer price {wtp:money}, the willingness to pay',
      'fix.addOffer': 'Add an offer at the willingness to pay: price {wtp:money}',
      'related.wtp': 'segment {segment} is willing to pay up to {wtp:money}',
    },
  },
  checkCampaigns(ctx) {
    for (const p of comparableCampaigns(ctx)) {
      const c = p.campaign;
      const node = p.price?.node ?? c.product?.node;
      const segment = lowestExceeded(ctx.index.campaignSegments(c), p.effectiveCents);
      const wtp = segment?.willingnessToPay;
      if (!node || !segment || !wtp) continue;
      const format = (cents: number): string => formatFixMoney(cents, p.list.value);
      const fix = willingnessFix(p, wtp.value.cents);
      ctx.report({
        file: c.file,
        node,
        messageId: 'aboveWillingness',
        data: {
          campaign: entity(c),
          product: entity(p.product),
          price: describeEffectivePrice(p, format),
          segment: entity(segment),
          willingness: wtp.value.text,
        },
        related: [{ file: segment.file, node: wtp.node, messageId: 'related.wtp', data: { segment: segment.id, wtp: wtp.value.text } }],
        fixes: fix ? [fix] : [],
      });
    }
  },
};
