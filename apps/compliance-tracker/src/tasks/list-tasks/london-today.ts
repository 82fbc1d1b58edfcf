import { londonCalendarDate, londonWallTimeToInstant } from '@homeward/deadlines';

const MIDNIGHT = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };

/** The Europe/London calendar day `now` falls on, as instants [start, end): 23 or 25 hours on clock-change days. */
export function londonDayOf(now: Date): { start: Date; end: Date } {
  const today = londonCalendarDate(now);
  // Calendar arithmetic only: Date.UTC rolls the 31st over into the next month.
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const tomorrow = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  return { start: londonWallTimeToInstant(today, MIDNIGHT), end: londonWallTimeToInstant(tomorrow, MIDNIGHT) };
}
