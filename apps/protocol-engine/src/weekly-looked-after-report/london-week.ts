import { londonWallTimeToInstant } from '@homeward/deadlines';
import { type IsoDate } from '../ssda903-return/collection-year';

/** A Monday-to-Sunday week of London dates, with the instants it runs between (`to` excluded). */
export interface LondonWeek {
  /** The Monday, YYYY-MM-DD. */
  start: IsoDate;
  /** The Sunday. */
  end: IsoDate;
  from: Date;
  to: Date;
}

const MIDNIGHT = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };

/** `date` plus `days`, as calendar arithmetic (no zone involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD, or null. */
export function calendarDay(text: unknown): IsoDate | null {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  return addDays(text, 0) === text ? text : null;
}

export const isMonday = (date: IsoDate): boolean => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

const londonMidnight = (date: IsoDate): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return londonWallTimeToInstant({ year, month, day }, MIDNIGHT);
};

/** The week starting on Monday `monday`: from its London midnight to the next Monday's (a clock change makes it 167 or 169 hours). */
export function londonWeek(monday: IsoDate): LondonWeek {
  if (calendarDay(monday) === null || !isMonday(monday)) throw new RangeError('a week is named by its Monday, YYYY-MM-DD');
  return { start: monday, end: addDays(monday, 6), from: londonMidnight(monday), to: londonMidnight(addDays(monday, 7)) };
}
