/** Calendar months of a date range, and how many of its days each holds (both ends included). */
import { dayNumber, daysInMonth, parseDate } from '../model/dates';

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
function monthOf(date: string): string {
  return date.slice(0, 7);
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the month of `start` to the month of `end`, in order. */
export function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const last = monthOf(end);
  for (let m = monthOf(start); m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** The days of [start, end] that fall in each month, in month order. */
export function daysPerMonth(start: string, end: string): Array<{ month: string; days: number }> {
  const out: Array<{ month: string; days: number }> = [];
  const first = dayNumber(start);
  const last = dayNumber(end);
  for (const month of monthsBetween(start, end)) {
    const d = parseDate(`${month}-01`);
    if (!d) continue;
    const monthStart = dayNumber(`${month}-01`);
    const monthEnd = monthStart + daysInMonth(d.year, d.month) - 1;
    out.push({ month, days: Math.min(last, monthEnd) - Math.max(first, monthStart) + 1 });
  }
  return out;
}
