/**
 * What MP202 (the product's `maxDiscount`) and MP204 (the premium discount
 * limit) share: whether an offer discounts more than a maximum, where that is
 * reported, and the fix that caps the discount (and price) at the maximum.
 */
import type { Node } from 'yaml';
import { cappedDiscount, cappedPrice, exceedsMaxDiscount, formatFixMoney, percentOfBasisPoints } from '../../model/pricing';
import type { Percent } from '../../model/values';
import type { FixSpec } from '../rule';
import { describeDiscount, type PricedCampaign } from './priced-offer';
import { setDiscount, setPrice } from './offer-edits';

export interface DiscountOverCap {
  /** The discount when written, else the price. */
  node: Node;
  /** How the offer reads after `at`: `30% off`, or `39.99, a 33.3% discount on the list price 59.99`. */
  offerText: string;
  fix: FixSpec;
}

function capFix(p: PricedCampaign, max: Percent, what: string): FixSpec {
  const bp = cappedDiscount(max);
  const priceCents = cappedPrice(p.list.value.cents, percentOfBasisPoints(bp));
  if (p.discount) {
    const change = setDiscount(p, bp, priceCents);
    const also = change.priceText ? ` and the price at ${change.priceText}` : '';
    return { title: `Cap the discount at ${what} ${change.discountText ?? ''}${also}`, preferred: true, edits: change.edits };
  }
  const change = setPrice(p, priceCents, 'down');
  return {
    title: `Cap the price at ${formatFixMoney(priceCents, p.list.value)}, a ${percentOfBasisPoints(bp).text} discount (${what})`,
    preferred: true,
    edits: change.edits,
  };
}

/** The finding's place, wording and fix when the offer discounts more than `max`; `what` names the maximum in fix titles. */
export function discountOverCap(p: PricedCampaign, max: Percent, what: string): DiscountOverCap | undefined {
  const node = p.discount?.node ?? p.price?.node;
  if (!node || !exceedsMaxDiscount(p.list.value.cents, p.terms, max)) return undefined;
  const offerText = p.discount
    ? `${p.discount.value.text} off`
    : `${p.price?.value.text ?? ''}, a ${describeDiscount(p)} discount on the list price ${p.list.value.text}`;
  return { node, offerText, fix: capFix(p, max, what) };
}
