import { londonCalendarDate } from '@homeward/deadlines';
import { londonDate } from '../../web/date-filters';

/** YYYY-MM-DD. */
type IsoDate = string;

const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const addDays = (date: IsoDate, days: number): IsoDate => new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday of the London week `now` falls in. */
export function currentMonday(now: Date): IsoDate {
  const { year, month, day } = londonCalendarDate(now);
  const today = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return addDays(today, -((utc(today).getUTCDay() + 6) % 7));
}

/** `?week=` as a Monday no later than this week's; otherwise last week, the one the Monday report is about. */
export function chosenWeek(text: unknown, now: Date): IsoDate {
  const current = currentMonday(now);
  const asked = typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && addDays(text, 0) === text ? text : null;
  return asked && utc(asked).getUTCDay() === 1 && asked <= current ? asked : addDays(current, -7);
}

/** How staff name a week: "Monday 23 November to Sunday 29 November 2026". */
export function weekLabel(monday: IsoDate): string {
  const sunday = addDays(monday, 6);
  const from = londonDate(monday, { weekday: true });
  return `${monday.slice(0, 4) === sunday.slice(0, 4) ? from.replace(/ \d{4}$/, '') : from} to ${londonDate(sunday, { weekday: true })}`;
}

/** The weeks offered: this one (so far) and the twelve before, newest first, and the chosen one if older. */
export function weeksOffered(now: Date, chosen: IsoDate): { value: string; text: string; selected: boolean }[] {
  const current = currentMonday(now);
  const mondays = Array.from({ length: 13 }, (_, i) => addDays(current, -7 * i));
  if (!mondays.includes(chosen)) mondays.push(chosen);
  return mondays.map((m) => ({ value: m, text: `${weekLabel(m)}${m === current ? ' (so far)' : ''}`, selected: m === chosen }));
}
