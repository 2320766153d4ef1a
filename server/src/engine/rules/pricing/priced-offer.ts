/**
 * The campaigns the price rules can judge: their product resolves and has a
 * pricing with a valid `list`. An offer in another currency than the plan's
 * is MP206's alone: its numbers cannot be compared.
 */
import { phrase, type MessageArg } from '../../messages/message';
import type { CampaignEntity, Field, OfferModel, PlanEntity, PricingModel, ProductEntity } from '../../model/types';
import { effectivePrice, formatDerivedDiscount, type OfferTerms } from '../../model/pricing';
import type { Money, Percent } from '../../model/values';
import type { RuleContext } from '../rule';

export interface PricedCampaign {
  campaign: CampaignEntity;
  product: ProductEntity;
  pricing: PricingModel;
  list: Field<Money>;
  offer: OfferModel | undefined;
  price: Field<Money> | undefined;
  discount: Field<Percent> | undefined;
  terms: OfferTerms;
  /** The effective price in cents (the list price when the offer writes neither price nor discount). */
  effectiveCents: number;
}

export interface CurrencyMismatch {
  offerCurrency: Field<string>;
  plan: PlanEntity;
  planCurrency: Field<string>;
}

/** The campaign with its product's pricing, when the product resolves and has a valid list price. */
export function pricedCampaign(ctx: RuleContext, c: CampaignEntity): PricedCampaign | undefined {
  if (!c.product) return undefined;
  const product = ctx.index.get('product', c.product.id);
  const pricing = product?.pricing;
  const list = pricing?.list;
  if (!product || !pricing || !list) return undefined;
  const offer = c.offer;
  const price = offer?.price;
  const discount = offer?.discount;
  const terms: OfferTerms = { priceCents: price?.value.cents, discount: discount?.value };
  return { campaign: c, product, pricing, list, offer, price, discount, terms, effectiveCents: effectivePrice(list.value.cents, terms) };
}

/** The offer's currency and the plan's, when both are written and differ. */
export function currencyMismatch(ctx: RuleContext, c: CampaignEntity): CurrencyMismatch | undefined {
  const offerCurrency = c.offer?.currency;
  const plan = ctx.index.plan;
  const planCurrency = plan?.currency;
  if (!offerCurrency || !plan || !planCurrency || offerCurrency.value === planCurrency.value) return undefined;
  return { offerCurrency, plan, planCurrency };
}

/** Computed once per analysis (the index), shared by the six price rules. */
const comparableByIndex = new WeakMap<object, PricedCampaign[]>();

/** Every campaign whose offer the price rules compare (MP201-MP205, MP207): priced, in the plan's currency. */
export function comparableCampaigns(ctx: RuleContext): PricedCampaign[] {
  const cached = comparableByIndex.get(ctx.index);
  if (cached) return cached;
  const out: PricedCampaign[] = [];
  comparableByIndex.set(ctx.index, out);
  for (const c of ctx.index.campaigns) {
    const p = pricedCampaign(ctx, c);
    if (p && !currencyMismatch(ctx, c)) out.push(p);
  }
  return out;
}

/** How the offer's price reads in a message: `39.99`, or `41.99 (30% off 59.99)`, or `its list price 59.99`. */
export function describeEffectivePrice(p: PricedCampaign, format: (cents: number) => string): MessageArg {
  if (p.price) return p.price.value.text;
  if (p.discount)
    return phrase('offer.discounted', { price: format(p.effectiveCents), discount: p.discount.value.text, list: p.list.value.text });
  return phrase('offer.list', { list: p.list.value.text });
}

/** How the offer's discount reads in a message: the written discount, else the one its price gives (one decimal). */
export function describeDiscount(p: PricedCampaign): string {
  if (p.discount) return p.discount.value.text;
  return formatDerivedDiscount(p.list.value.cents, p.effectiveCents);
}
