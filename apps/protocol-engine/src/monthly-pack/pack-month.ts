import { londonWallTimeToInstant } from '@homeward/deadlines';
import { validationFailed } from '@homeward/platform';

/** A calendar month in London dates, `YYYY-MM`, as instants: the month and the one before it (for "change since last month"). */
export interface PackMonth {
  month: string;
  start: Date;
  end: Date;
  previousMonth: string;
  previousStart: Date;
}

const MIDNIGHT = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };
const label = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
const firstOf = (year: number, month: number) => londonWallTimeToInstant({ year, month, day: 1 }, MIDNIGHT);

/** The month a pack covers; a `?month=` that is not YYYY-MM (2000-2100) is a 400 naming the field. */
export function packMonth(text: unknown): PackMonth {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})$/.exec(text) : null;
  const [year, month] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(year >= 2000 && year <= 2100 && month >= 1 && month <= 12)) {
    throw validationFailed([{ field: 'month', reason: 'month must be a calendar month, YYYY-MM (2000-2100), such as 2026-11' }]);
  }
  const [previousYear, previous] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const [nextYear, next] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return { month: label(year, month), start: firstOf(year, month), end: firstOf(nextYear, next), previousMonth: label(previousYear, previous), previousStart: firstOf(previousYear, previous) };
}
