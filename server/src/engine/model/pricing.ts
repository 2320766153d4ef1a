/**
 * Pricing arithmetic, done once and exactly: money in whole cents, percentages
 * as exact decimal fractions (a written `12.345%` keeps all its digits).
 * Effective price and discount of an offer, the minimum price a maximum
 * discount allows, and the values quick fixes write (rounded toward compliance).
 */
import { formatMoney, formatPercent, type Money, type Percent } from './values';

/** A percentage as an exact fraction: `units / scale` percent (12.345% = 12345 / 1000). */
export interface ExactPercent {
  units: bigint;
  scale: bigint;
}

/** What an offer writes: its price in cents and its discount, each when written (and valid). */
export interface OfferTerms {
  priceCents?: number;
  discount?: Percent;
}

export type Rounding = 'down' | 'up' | 'half-up';

const PERCENT_TEXT = /^\s*(\d+)(?:\.(\d+))?\s*%\s*$/;

const exactCache = new Map<string, ExactPercent>();

/** The exact value of a percentage, from its text (else from its basis points). */
export function exactPercent(p: Percent): ExactPercent {
  const key = `${p.text}|${p.basisPoints}`;
  let e = exactCache.get(key);
  if (!e) {
    e = exactPercentOf(p);
    if (exactCache.size > 10000) exactCache.clear();
    exactCache.set(key, e);
  }
  return e;
}

function exactPercentOf(p: Percent): ExactPercent {
  const m = PERCENT_TEXT.exec(p.text);
  if (!m) return { units: BigInt(p.basisPoints), scale: 100n };
  const frac = m[2] ?? '';
  return { units: BigInt(m[1] + frac), scale: 10n ** BigInt(frac.length) };
}

/** A percentage from basis points (a configured threshold), written with at most two decimals. */
export function percentOfBasisPoints(basisPoints: number): Percent {
  return { basisPoints, text: formatPercent(basisPoints) };
}

/** `num / den` rounded as asked, for a non-negative `num` and a positive `den`. */
function divide(num: bigint, den: bigint, rounding: Rounding): bigint {
  if (rounding === 'down') return num / den;
  if (rounding === 'up') return (num + den - 1n) / den;
  return (2n * num + den) / (2n * den);
}

/** `list x (1 - p)` in cents, rounded as asked (half-up by default, as the effective price is). */
export function discountedPrice(listCents: number, p: Percent, rounding: Rounding = 'half-up'): number {
  const { units, scale } = exactPercent(p);
  const whole = 100n * scale;
  const kept = units >= whole ? 0n : whole - units;
  return Number(divide(BigInt(listCents) * kept, whole, rounding));
}

/**
 * The effective price of an offer in cents: the written price, else
 * `list x (1 - discount)` rounded half-up to the cent, else the list price.
 */
export function effectivePrice(listCents: number, terms: OfferTerms): number {
  if (terms.priceCents !== undefined) return terms.priceCents;
  if (terms.discount) return discountedPrice(listCents, terms.discount);
  return listCents;
}

/** The lowest price a maximum discount allows: `list x (1 - max)` rounded half-up to the cent. */
export function minimumPrice(listCents: number, max: Percent): number {
  return discountedPrice(listCents, max);
}

/** True when the percentage `a` is greater than `b`, compared exactly. */
export function percentExceeds(a: Percent, b: Percent): boolean {
  const x = exactPercent(a);
  const y = exactPercent(b);
  return x.units * y.scale > y.units * x.scale;
}

/**
 * True when an offer discounts more than `max` allows: its written discount
 * exceeds `max`, or (no discount written) its written price is below the
 * minimum price. 44.99 on a list of 59.99 with a 25% maximum is within it.
 */
export function exceedsMaxDiscount(listCents: number, terms: OfferTerms, max: Percent): boolean {
  if (terms.discount) return percentExceeds(terms.discount, max);
  if (terms.priceCents !== undefined) return terms.priceCents < minimumPrice(listCents, max);
  return false;
}

/** The discount a price gives on the list, in tenths of a percent rounded half-up (undefined on a zero list). */
export function discountTenths(listCents: number, priceCents: number): number | undefined {
  if (listCents <= 0) return undefined;
  const off = BigInt(listCents - priceCents);
  const list = BigInt(listCents);
  const magnitude = divide((off < 0n ? -off : off) * 1000n, list, 'half-up');
  return Number(off < 0n ? -magnitude : magnitude);
}

/** The derived discount of a price with one decimal, for messages: 39.99 on 59.99 is `33.3%`. */
export function formatDerivedDiscount(listCents: number, priceCents: number): string {
  const tenths = discountTenths(listCents, priceCents) ?? 0;
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/**
 * The discount, in basis points within 0%..100%, that turns the list into
 * `priceCents`, rounded as asked: `down` keeps the price at or above the
 * target (a capped discount), `up` at or below it.
 */
export function discountForPrice(listCents: number, priceCents: number, rounding: Rounding): number {
  if (listCents <= 0 || priceCents >= listCents) return 0;
  if (priceCents <= 0) return 10000;
  return Number(divide(BigInt(listCents - priceCents) * 10000n, BigInt(listCents), rounding));
}

/** More than one cent apart. */
export function differByMoreThanACent(aCents: number, bCents: number): boolean {
  return Math.abs(aCents - bCents) > 1;
}

/** The price a fix caps at a maximum discount: `list x (1 - max)` rounded up, toward compliance. */
export function cappedPrice(listCents: number, max: Percent): number {
  return discountedPrice(listCents, max, 'up');
}

/** The discount a fix caps at a maximum, in basis points: the maximum with at most two decimals, rounded down. */
export function cappedDiscount(max: Percent): number {
  const { units, scale } = exactPercent(max);
  return Number(divide(units * 100n, scale, 'down'));
}

/** True when the list price is written with decimals (`59.99`, `49.00`): fixes then write two decimals. */
function hasDecimals(list: Money): boolean {
  return list.text.includes('.');
}

/** Money as a fix writes it: two decimals where the list price has decimals, else an integer when whole. */
export function formatFixMoney(cents: number, list: Money): string {
  return formatMoney(cents, hasDecimals(list));
}

/** A percentage as a fix writes it: at most two decimals. */
export function formatFixPercent(basisPoints: number): string {
  return formatPercent(basisPoints);
}
