import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  addDays,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isAfter,
  isBefore,
  isLeapYear,
  parseDate,
} from '../../server/src/engine/model/dates';

describe('calendar dates', () => {
  it('parses real dates and refuses the others', () => {
    assert.deepEqual(parseDate('2027-03-01'), { year: 2027, month: 3, day: 1 });
    assert.deepEqual(parseDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
    assert.equal(parseDate('2027-02-29'), undefined);
    assert.equal(parseDate('2027-02-30'), undefined);
    assert.equal(parseDate('2027-04-31'), undefined);
    assert.equal(parseDate('2027-13-01'), undefined);
    assert.equal(parseDate('2027-00-10'), undefined);
    assert.equal(parseDate('2027-3-1'), undefined);
    assert.equal(parseDate('2027-03-01T00:00'), undefined);
  });

  it('knows leap years, centuries included', () => {
    assert.equal(isLeapYear(2028), true);
    assert.equal(isLeapYear(2027), false);
    assert.equal(isLeapYear(1900), false);
    assert.equal(isLeapYear(2000), true);
    assert.equal(daysInMonth(2100, 2), 28);
    assert.equal(daysInMonth(2400, 2), 29);
    assert.equal(daysInMonth(2027, 9), 30);
    assert.equal(daysInMonth(2027, 12), 31);
  });

  it('numbers days from 1970-01-01', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('1969-12-31'), -1);
    assert.equal(dayNumber('2000-03-01'), 11017);
    assert.equal(fromDayNumber(11017), '2000-03-01');
    assert.throws(() => dayNumber('2027-02-30'), RangeError);
  });

  it('compares dates by day, without time zones', () => {
    assert.equal(compareDates('2027-03-01', '2027-03-01'), 0);
    assert.equal(isBefore('2027-02-28', '2027-03-01'), true);
    assert.equal(isBefore('2027-03-01', '2027-03-01'), false);
    assert.equal(isAfter('2027-12-31', '2027-01-01'), true);
    assert.equal(isAfter('2026-12-31', '2027-01-01'), false);
  });

  it('counts and adds days across month ends and leap days', () => {
    assert.equal(daysBetween('2027-01-01', '2027-12-31'), 364);
    assert.equal(daysBetween('2028-01-01', '2028-12-31'), 365);
    assert.equal(daysBetween('2027-03-01', '2027-02-28'), -1);
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-02-28', 1), '2027-03-01');
    assert.equal(addDays('2027-12-31', 1), '2028-01-01');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
  });

  it('round-trips every day and orders like the ISO text', () => {
    const day = fc.integer({ min: dayNumber('1600-01-01'), max: dayNumber('2999-12-31') });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ta = fromDayNumber(a);
        const tb = fromDayNumber(b);
        assert.ok(parseDate(ta));
        assert.equal(dayNumber(ta), a);
        assert.equal(compareDates(ta, tb), Math.sign(ta.localeCompare(tb)));
        assert.equal(daysBetween(ta, tb), b - a);
      }),
    );
  });
});
