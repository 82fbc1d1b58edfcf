import { type CalendarDate, formatCalendarDate, londonCalendarDate, londonWallTimeToInstant } from '@homeward/deadlines';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `HH:MM`, 24-hour. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** When the weekly report is mailed: a day of the week and a time of day on London's clocks. */
export interface MailingTime {
  day: Weekday;
  hours: number;
  minutes: number;
}

/** One week's mailing: the week it reports (that week's Monday, `YYYY-MM-DD`) and when its mail goes. */
export interface WeeklyMailing {
  week: string;
  dueAt: Date;
}

export function mailingTime(day: Weekday, timeOfDay: string): MailingTime {
  const match = TIME_OF_DAY.exec(timeOfDay);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${timeOfDay}`);
  return { day, hours: Number(match[1]), minutes: Number(match[2]) };
}

const utcDay = (d: CalendarDate) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const addDays = (d: CalendarDate, days: number): CalendarDate => {
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};
/** 1 = Monday … 7 = Sunday. */
const isoWeekday = (d: CalendarDate) => utcDay(d).getUTCDay() || 7;

/**
 * The first mailing strictly after `after`: the next configured day at the configured London
 * wall-clock time (so 08:00 is 08:00 GMT in winter and 08:00 BST in summer), reporting the
 * whole Monday–Sunday week before the week it is sent in. Pure.
 */
export function nextMailingAfter(after: Date, at: MailingTime): WeeklyMailing {
  const today = londonCalendarDate(after);
  const weekday = WEEKDAYS.indexOf(at.day) + 1;
  // Today counts only while its time is still ahead; a week on always is.
  for (let days = 0; days <= 7; days++) {
    const date = addDays(today, days);
    if (isoWeekday(date) !== weekday) continue;
    const dueAt = londonWallTimeToInstant(date, { hours: at.hours, minutes: at.minutes, seconds: 0, milliseconds: 0 });
    if (dueAt.getTime() > after.getTime()) return { week: formatCalendarDate(addDays(date, 1 - weekday - 7)), dueAt };
  }
  throw new Error('unreachable: every weekday comes round within a week');
}

/** Whether `week` names a week as a mailing does: a real date, and a Monday. */
export function isReportWeek(week: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(week);
  if (!match) return false;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return formatCalendarDate(addDays(date, 0)) === week && isoWeekday(date) === 1;
}
