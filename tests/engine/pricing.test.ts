import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  cappedDiscount,
  cappedPrice,
  differByMoreThanACent,
  discountForPrice,
  discountTenths,
  discountedPrice,
  effectivePrice,
  exactPercent,
  exceedsMaxDiscount,
  formatDerivedDiscount,
  formatFixMoney,
  minimumPrice,
  percentExceeds,
  percentOfBasisPoints,
} from '../../server/src/engine/model/pricing';
import { moneyFrom, percentFrom } from '../../server/src/engine/model/values';

const pct = (text: string) => percentFrom(text);
const money = (text: string) => moneyFrom(Number(text), text);

describe('pricing arithmetic', () => {
  it('reads percentages exactly, digits beyond basis points included', () => {
    assert.deepEqual(exactPercent(pct('25%')), { units: 25n, scale: 1n });
    assert.deepEqual(exactPercent(pct('12.345%')), { units: 12345n, scale: 1000n });
    assert.equal(percentExceeds(pct('25.001%'), pct('25%')), true);
    assert.equal(percentExceeds(pct('25.00%'), pct('25%')), false);
    assert.equal(percentExceeds(pct('25%'), percentOfBasisPoints(2500)), false);
  });

  it('computes the effective price: price, else list less discount rounded half-up, else list', () => {
    assert.equal(effectivePrice(5999, { priceCents: 3999, discount: pct('10%') }), 3999);
    assert.equal(effectivePrice(5999, { discount: pct('25%') }), 4499); // 44.9925
    assert.equal(effectivePrice(5999, { discount: pct('10%') }), 5399); // 53.991
    assert.equal(effectivePrice(1001, { discount: pct('50%') }), 501); // 5.005 rounds half-up
    assert.equal(effectivePrice(5999, {}), 5999);
    assert.equal(effectivePrice(5999, { discount: pct('100%') }), 0);
  });

  it('avoids floating point surprises: 0.1 + 0.2 style sums are whole cents', () => {
    assert.equal(money('0.1').cents + money('0.2').cents, money('0.3').cents);
    assert.equal(discountedPrice(1000, pct('70%')), 300); // 10.00 x 0.3, not 2.9999...
    assert.equal(discountedPrice(1999, pct('12.345%')), 1752); // 17.5222...
  });

  it('turns a maximum discount into a minimum price: 44.99 on 59.99 with 25% is within it', () => {
    assert.equal(minimumPrice(5999, pct('25%')), 4499);
    assert.equal(exceedsMaxDiscount(5999, { priceCents: 4499 }, pct('25%')), false);
    assert.equal(exceedsMaxDiscount(5999, { priceCents: 4498 }, pct('25%')), true);
    assert.equal(exceedsMaxDiscount(5999, { priceCents: 3999 }, pct('25%')), true);
    assert.equal(minimumPrice(5999, percentOfBasisPoints(2000)), 4799); // 47.992
  });

  it('compares a written discount with the maximum, not its price (discount exactly at the maximum is within)', () => {
    assert.equal(exceedsMaxDiscount(5999, { discount: pct('25%') }, pct('25%')), false);
    assert.equal(exceedsMaxDiscount(5999, { discount: pct('25.01%') }, pct('25%')), true);
    assert.equal(exceedsMaxDiscount(5999, { discount: pct('20%'), priceCents: 1000 }, pct('25%')), false);
    assert.equal(exceedsMaxDiscount(5999, {}, pct('0%')), false);
  });

  it('keeps a price exactly at the floor at the floor', () => {
    assert.equal(effectivePrice(5999, { priceCents: 4499 }) < 4499, false);
    assert.equal(effectivePrice(5999, { priceCents: 4498 }) < 4499, true);
    // 25% off 59.99 is 44.9925, rounded half-up to 44.99: at the floor.
    assert.equal(effectivePrice(5999, { discount: pct('25%') }) < 4499, false);
  });

  it('derives a discount with one decimal, half-up: 39.99 on 59.99 is 33.3%', () => {
    assert.equal(formatDerivedDiscount(5999, 3999), '33.3%');
    assert.equal(formatDerivedDiscount(5999, 4499), '25.0%');
    assert.equal(formatDerivedDiscount(1000, 995), '0.5%');
    assert.equal(formatDerivedDiscount(2000, 1999), '0.1%'); // 0.05% rounds half-up
    assert.equal(formatDerivedDiscount(5999, 6499), '-8.3%');
    assert.equal(discountTenths(0, 0), undefined);
  });

  it('finds the discount a price gives, rounded as asked', () => {
    assert.equal(discountForPrice(5999, 4499, 'down'), 2500); // 25.0041...%
    assert.equal(discountForPrice(5999, 4499, 'up'), 2501);
    assert.equal(discountForPrice(5999, 4999, 'half-up'), 1667); // 16.669...%
    assert.equal(discountForPrice(5999, 5999, 'up'), 0);
    assert.equal(discountForPrice(5999, 7000, 'up'), 0);
    assert.equal(discountForPrice(5999, 0, 'down'), 10000);
  });

  it('rounds fix values toward compliance: a capped price up, a capped discount down', () => {
    assert.equal(cappedPrice(5999, pct('25%')), 4500); // 44.9925 -> 45.00
    assert.equal(cappedPrice(5999, pct('20%')), 4800); // 47.992 -> 48.00
    assert.equal(cappedPrice(4900, pct('20%')), 3920);
    assert.equal(cappedDiscount(pct('12.345%')), 1234);
    assert.equal(cappedDiscount(pct('25%')), 2500);
  });

  it('compares money to the cent', () => {
    assert.equal(differByMoreThanACent(4499, 4500), false);
    assert.equal(differByMoreThanACent(4499, 4498), false);
    assert.equal(differByMoreThanACent(4499, 4501), true);
  });

  it('writes money in the list price style', () => {
    assert.equal(formatFixMoney(4500, money('59.99')), '45.00');
    assert.equal(formatFixMoney(3920, money('49')), '39.20');
    assert.equal(formatFixMoney(3900, money('49')), '39');
    assert.equal(formatFixMoney(3900, money('49.0')), '39.00');
  });

  it('never lets a capped price break the maximum it caps at', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10000 }), (list, bp) => {
        const max = percentOfBasisPoints(bp);
        const price = cappedPrice(list, max);
        return !exceedsMaxDiscount(list, { priceCents: price }, max) && price >= minimumPrice(list, max);
      }),
    );
  });

  it('gives a discount for a price that keeps the price on the asked side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (list, target) => {
        const price = Math.min(target, list);
        const down = discountedPrice(list, percentOfBasisPoints(discountForPrice(list, price, 'down')));
        const up = discountedPrice(list, percentOfBasisPoints(discountForPrice(list, price, 'up')));
        return down >= price && up <= price;
      }),
    );
  });
});
