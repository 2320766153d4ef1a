/** Days from one `YYYY-MM-DD` to another, both included (the calendar arithmetic the engine uses). */
import { dayNumber } from '../../../../shared/calendar-dates';

export function dayCount(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}
