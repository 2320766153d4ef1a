/**
 * What MP202 (the product's `maxDiscount`) and MP204 (the premium discount
 * limit) share: whether an offer discounts more than a maximum, where that is
 * reported, and the fix that caps the discount (and price) at the maximum.
 */
import type { At } from '../../model/handles';
import { cappedDiscount, cappedPrice, exceedsMaxDiscount, formatFixMoney, minimumPrice, percentOfBasisPoints } from '../../model/pricing';
import { entity, phrase, type MessageArg } from '../../messages/message';
import type { Percent } from '../../model/values';
import type { FixSpec } from '../rule';
import { describeDiscount, type PricedCampaign } from './priced-offer';
import { setDiscount, setPrice } from '../../fix/offer-edits';

export interface DiscountOverCap {
  /** The discount when written, else the price. */
  node: At;
  /** `discount` when the discount is written, else `price` (only a price written). */
  written: 'discount' | 'price';
  /** The values the message names: the offer's discount or price, the limit, and (price) the lowest allowed price. */
  data: Record<string, MessageArg>;
  fix: FixSpec;
}

function capFix(p: PricedCampaign, max: Percent): FixSpec {
  const bp = cappedDiscount(max);
  const priceCents = cappedPrice(p.list.value.cents, percentOfBasisPoints(bp));
  if (p.discount) {
    const change = setDiscount(p, bp, priceCents);
    return {
      titleId: change.priceText ? 'fix.capDiscountAndPrice' : 'fix.capDiscount',
      titleData: { discount: change.discountText ?? '', price: change.priceText ?? '' },
      preferred: true,
      edits: change.edits,
    };
  }
  const change = setPrice(p, priceCents, 'down');
  return {
    titleId: 'fix.capPrice',
    titleData: { price: formatFixMoney(priceCents, p.list.value), discount: percentOfBasisPoints(bp).text },
    preferred: true,
    edits: change.edits,
  };
}

/**
 * The finding's place, values and fix when the offer discounts more than `max`;
 * the fix titles (fix.cap*) are templates of each rule that uses it. With only a price written, the limit
 * is stated as the lowest allowed price (a derived discount rounded to one
 * decimal can read as the maximum itself).
 */
export function discountOverCap(p: PricedCampaign, max: Percent, currency: string): DiscountOverCap | undefined {
  const node = p.discount?.node ?? p.price?.node;
  if (!node || !exceedsMaxDiscount(p.list.value.cents, p.terms, max)) return undefined;
  const base = { campaign: entity(p.campaign), product: entity(p.product), max: max.text, list: p.list.value.text };
  if (p.discount) return { node, written: 'discount', data: { ...base, discount: p.discount.value.text }, fix: capFix(p, max) };
  const minimum = phrase('money', { amount: formatFixMoney(minimumPrice(p.list.value.cents, max), p.list.value), currency });
  return {
    node,
    written: 'price',
    data: { ...base, price: p.price?.value.text ?? '', derived: describeDiscount(p), minimum },
    fix: capFix(p, max),
  };
}
