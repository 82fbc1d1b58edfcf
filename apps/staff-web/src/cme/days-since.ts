import { parseIsoDate, londonToday } from '../web/london-calendar';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calendar days from a `YYYY-MM-DD` date to London's today ("23 days"), for how long a child has
 * been missing education. Calendar days, not school days: education-referrals counts school days
 * (it holds the term dates) once a case closes. Pure.
 */
export function daysSince(date: string, now: Date): string {
  const from = parseIsoDate(date);
  if (!from) return '';
  const today = londonToday(now);
  const days = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS);
  if (days <= 0) return days === 0 ? 'Today' : 'Not yet';
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
