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

/**
 * Set the written price to `cents`. A written discount is recomputed from the
 * new price, rounded as `discountRounding` says (toward compliance).
 */
export function setPrice(p: PricedCampaign, cents: number, discountRounding: Rounding): OfferChange {
  const file = p.campaign.file;
  const edits: TextEdit[] = [];
  const priceText = formatFixMoney(cents, p.list.value);
  if (p.price) edits.push(replaceValue(file, p.price.node, priceText));
  let discountText: string | undefined;
  if (p.discount) {
    discountText = formatFixPercent(discountForPrice(p.list.value.cents, cents, discountRounding));
    edits.push(replaceValue(file, p.discount.node, discountText));
  }
  return { edits, priceText, discountText };
}

/** Set the written discount to `basisPoints`; a written price is set to `priceCents`. */
export function setDiscount(p: PricedCampaign, basisPoints: number, priceCents: number): OfferChange {
  const file = p.campaign.file;
  const edits: TextEdit[] = [];
  const discountText = formatFixPercent(basisPoints);
  let priceText: string | undefined;
  if (p.price) {
    priceText = formatFixMoney(priceCents, p.list.value);
    edits.push(replaceValue(file, p.price.node, priceText));
  }
  if (p.discount) edits.push(replaceValue(file, p.discount.node, discountText));
  return { edits, priceText, discountText };
}

/** Add `price:` last in the offer map, or an `offer: { price }` last in the campaign, in the map's style. */
export function addPrice(p: PricedCampaign, cents: number): TextEdit {
  const c = p.campaign;
  const text = formatFixMoney(cents, p.list.value);
  if (p.offer) return insertKey(c.file, p.offer.map, 'price', text);
  return insertKey(c.file, c.map, 'offer', [['price', text]]);
}
