import { londonCalendarDate } from '@homeward/deadlines';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const code = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The month `back` months before the London month of `now`. */
function monthBefore(now: Date, back: number): string {
  const today = londonCalendarDate(now);
  const index = today.year * 12 + (today.month - 1) - back;
  return code(Math.floor(index / 12), (index % 12) + 1);
}

/** The months offered: the one under way and the twelve before, newest first. */
export function monthsOffered(now: Date): string[] {
  return Array.from({ length: 13 }, (_, back) => monthBefore(now, back));
}

/** `?month=` when it is one offered; else last month, the one a meeting early in this month reviews. */
export function chosenMonth(text: unknown, now: Date): string {
  return typeof text === 'string' && monthsOffered(now).includes(text) ? text : monthBefore(now, 1);
}

/** "November 2026". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${year}`;
}
