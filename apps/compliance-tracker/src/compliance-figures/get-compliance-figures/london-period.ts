import { CalendarDate, londonCalendarDate, londonWallTimeToInstant } from '@homeward/deadlines';

const MIDNIGHT = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Period {
  from: Date;
  to: Date;
}

export interface MonthPeriod extends Period {
  /** `YYYY-MM`, the London calendar month. */
  month: string;
}

const startOf = (date: CalendarDate) => londonWallTimeToInstant(date, MIDNIGHT);
const calendar = (y: number, m: number, d: number): CalendarDate => {
  const utc = new Date(Date.UTC(y, m - 1, d));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
};

/**
 * The period a query names. A date (`YYYY-MM-DD`) is a whole London calendar day, `to`
 * included, as the Board reads "1 to 31 October"; a date-time is an instant, `to` excluded.
 */
export function periodOf(from: string, to: string): Period {
  const day = (s: string) => DATE_ONLY.exec(s)?.slice(1).map(Number);
  const f = day(from);
  const t = day(to);
  return {
    from: f ? startOf(calendar(f[0], f[1], f[2])) : new Date(from),
    to: t ? startOf(calendar(t[0], t[1], t[2] + 1)) : new Date(to),
  };
}

/** The London calendar months the period touches, each cut to the period, in order. */
export function londonMonthsOf(period: Period): MonthPeriod[] {
  const months: MonthPeriod[] = [];
  const first = londonCalendarDate(period.from);
  for (let i = 0; ; i++) {
    const start = calendar(first.year, first.month + i, 1);
    const monthStart = startOf(start);
    if (monthStart >= period.to) break;
    const monthEnd = startOf(calendar(start.year, start.month + 1, 1));
    months.push({
      month: `${start.year}-${String(start.month).padStart(2, '0')}`,
      from: monthStart < period.from ? period.from : monthStart,
      to: monthEnd > period.to ? period.to : monthEnd,
    });
  }
  return months;
}
