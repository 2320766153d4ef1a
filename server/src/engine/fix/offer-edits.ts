/**
 * The edits the price fixes make on an offer: set its price, set its discount,
 * or add a price. When an offer writes both, a fix that changes one rewrites
 * the other to match, so that the fix does not leave a price-discount mismatch.
 */
import type { TextEdit } from '../findings';
import { discountForPrice, formatFixMoney, formatFixPercent, type Rounding } from '../model/pricing';
import type { CampaignEntity, Field, OfferModel } from '../model/types';
import type { Money, Percent } from '../model/values';
import { insertKey, replaceWritten } from './edits';

/** The offer a fix edits, with its product's list price (a priced campaign of the price rules). */
export interface PricedOffer {
  campaign: CampaignEntity;
  list: Field<Money>;
  offer: OfferModel | undefined;
  price: Field<Money> | undefined;
  discount: Field<Percent> | undefined;
}

export interface OfferChange {
  edits: TextEdit[];
  /** The written discount's new text, when the offer writes one. */
  discountText?: string;
  /** The written price's new text, when the offer writes one. */
  priceText?: string;
}

/** Replace the written price only (none when no price is written). */
export function replacePrice(p: PricedOffer, cents: number): OfferChange {
  if (!p.price) return { edits: [] };
  const priceText = formatFixMoney(cents, p.list.value);
  return { edits: [replaceWritten(p.campaign.file, p.price.node, priceText)], priceText };
}

/** Replace the written discount only (none when no discount is written). */
export function replaceDiscount(p: PricedOffer, basisPoints: number): OfferChange {
  if (!p.discount) return { edits: [] };
  const discountText = formatFixPercent(basisPoints);
  return { edits: [replaceWritten(p.campaign.file, p.discount.node, discountText)], discountText };
}

/**
 * Set the written price to `cents`. A written discount is recomputed from the
 * new price, rounded as `discountRounding` says (toward compliance).
 */
export function setPrice(p: PricedOffer, cents: number, discountRounding: Rounding): OfferChange {
  const price = replacePrice(p, cents);
  const discount = replaceDiscount(p, discountForPrice(p.list.value.cents, cents, discountRounding));
  return { edits: [...price.edits, ...discount.edits], priceText: price.priceText, discountText: discount.discountText };
}

/** Set the written discount to `basisPoints`; a written price is set to `priceCents`. */
export function setDiscount(p: PricedOffer, basisPoints: number, priceCents: number): OfferChange {
  const price = replacePrice(p, priceCents);
  const discount = replaceDiscount(p, basisPoints);
  return { edits: [...price.edits, ...discount.edits], priceText: price.priceText, discountText: discount.discountText };
}

/** Add `price:` last in the offer map, or an `offer: { price }` last in the campaign, in the map's style. */
export function addPrice(p: PricedOffer, cents: number): TextEdit {
  const c = p.campaign;
  const text = formatFixMoney(cents, p.list.value);
  if (p.offer) return insertKey(c.file, p.offer.map, 'price', text);
  return insertKey(c.file, c.map, 'offer', [['price', text]]);
}
