/**
 * The edits the price fixes make on an offer: set its price, set its discount,
 * or add a price. When an offer writes both, a fix that changes one rewrites
 * the other to match, so that the fix does not leave a price-discount mismatch.
 */
import { isScalar, type Node } from 'yaml';
import type { TextEdit } from '../../findings';
import { insertKey, replaceNode, replaceScalar } from '../../fix/edits';
import { discountForPrice, formatFixMoney, formatFixPercent, type Rounding } from '../../model/pricing';
import type { ParsedFile } from '../../parse/parse-file';
import type { PricedCampaign } from './priced-offer';

function replaceValue(file: ParsedFile, node: Node, text: string): TextEdit {
  return isScalar(node) ? replaceScalar(file, node, text) : replaceNode(file, node, text);
}

export interface OfferChange {
  edits: TextEdit[];
  /** The written discount's new text, when the offer writes one. */
  discountText?: string;
  /** The written price's new text, when the offer writes one. */
  priceText?: string;
}

/** Replace the written price only (none when no price is written). */
export function replacePrice(p: PricedCampaign, cents: number): OfferChange {
  if (!p.price) return { edits: [] };
  const priceText = formatFixMoney(cents, p.list.value);
  return { edits: [replaceValue(p.campaign.file, p.price.node, priceText)], priceText };
}

/** Replace the written discount only (none when no discount is written). */
export function replaceDiscount(p: PricedCampaign, basisPoints: number): OfferChange {
  if (!p.discount) return { edits: [] };
  const discountText = formatFixPercent(basisPoints);
  return { edits: [replaceValue(p.campaign.file, p.discount.node, discountText)], discountText };
}

/**
 * Set the written price to `cents`. A written discount is recomputed from the
 * new price, rounded as `discountRounding` says (toward compliance).
 */
export function setPrice(p: PricedCampaign, cents: number, discountRounding: Rounding): OfferChange {
  const price = replacePrice(p, cents);
  const discount = replaceDiscount(p, discountForPrice(p.list.value.cents, cents, discountRounding));
  return { edits: [...price.edits, ...discount.edits], priceText: price.priceText, discountText: discount.discountText };
}

/** Set the written discount to `basisPoints`; a written price is set to `priceCents`. */
export function setDiscount(p: PricedCampaign, basisPoints: number, priceCents: number): OfferChange {
  const price = replacePrice(p, priceCents);
  const discount = replaceDiscount(p, basisPoints);
  return { edits: [...price.edits, ...discount.edits], priceText: price.priceText, discountText: discount.discountText };
}

/** Add `price:` last in the offer map, or an `offer: { price }` last in the campaign, in the map's style. */
export function addPrice(p: PricedCampaign, cents: number): TextEdit {
  const c = p.campaign;
  const text = formatFixMoney(cents, p.list.value);
  if (p.offer) return insertKey(c.file, p.offer.map, 'price', text);
  return insertKey(c.file, c.map, 'offer', [['price', text]]);
}
