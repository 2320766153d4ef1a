/**
 * Calendar dates of the format (`YYYY-MM-DD`), compared and counted as plain
 * days: no clock, no time zone, never a JavaScript `Date` in local time.
 * Inputs are dates the schema has already validated; a malformed one throws.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Plans repeat the same few dates: each text is parsed once (bounded). */
const parsed = new Map<string, CalendarDate | undefined>();

/** The date a `YYYY-MM-DD` text names, or undefined when it is not a real calendar date. */
export function parseDate(text: string): CalendarDate | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const d = parseDateText(text);
  if (parsed.size > 10000) parsed.clear();
  parsed.set(text, d);
  return d;
}

function parseDateText(text: string): CalendarDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function must(text: string): CalendarDate {
  const d = parseDate(text);
  if (!d) throw new RangeError(`not a calendar date: ${text}`);
  return d;
}

/** Days since 1970-01-01 (negative before), proleptic Gregorian calendar. */
export function dayNumber(text: string): number {
  const { year, month, day } = must(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` text of a day number (inverse of `dayNumber`). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Negative when `a` is before `b`, 0 on the same day, positive after. Valid
 * `YYYY-MM-DD` dates (four-digit years, zero-padded) order as their text does,
 * so valid dates compare without parsing; anything else goes through dayNumber.
 */
export function compareDates(a: string, b: string): number {
  if (a.length === 10 && b.length === 10 && parseDate(a) && parseDate(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(dayNumber(a) - dayNumber(b));
}

export function isBefore(a: string, b: string): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: string, b: string): boolean {
  return compareDates(a, b) > 0;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}
