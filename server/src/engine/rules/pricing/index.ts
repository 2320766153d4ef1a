import type { Rule } from '../rule';
import { priceBelowFloor } from './mp201-price-below-floor';
import { discountExceedsMax } from './mp202-discount-exceeds-max';
import { priceDiscountMismatch } from './mp203-price-discount-mismatch';
import { premiumDeepDiscount } from './mp204-premium-deep-discount';
import { priceAboveWillingness } from './mp205-price-above-willingness';
import { currencyMismatchRule } from './mp206-currency-mismatch';
import { priceAboveList } from './mp207-price-above-list';

/** The pricing rules, in code order. */
export const PRICING_RULES: readonly Rule[] = [
  priceBelowFloor,
  discountExceedsMax,
  priceDiscountMismatch,
  premiumDeepDiscount,
  priceAboveWillingness,
  currencyMismatchRule,
  priceAboveList,
];
