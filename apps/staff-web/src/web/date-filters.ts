import { TZDate } from '@date-fns/tz';
import { LONDON_TIME_ZONE, londonCalendarDate } from '@homeward/deadlines';

/**
 * How pages show time: always London time, with the date, in GOV.UK style
 * ("Tuesday 1 December 2026 at 9:05pm", "9am", "midday", "midnight"). Pure: `now` is passed in.
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Instant = Date | string | number | null | undefined;

function toDate(value: Instant): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function inLondon(value: Instant): TZDate | undefined {
  const date = toDate(value);
  return date && new TZDate(date.getTime(), LONDON_TIME_ZONE);
}

/** "9am", "9:05pm", "midday", "midnight". */
export function londonTime(value: Instant): string {
  const t = inLondon(value);
  if (!t) return '';
  const [h, m] = [t.getHours(), t.getMinutes()];
  if (m === 0 && h === 0) return 'midnight';
  if (m === 0 && h === 12) return 'midday';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "1 December 2026". A plain `YYYY-MM-DD` (a date of birth) is a calendar date: no zone applies. */
export function londonDate(value: Instant, options: { weekday?: boolean } = {}): string {
  const plain = typeof value === 'string' ? PLAIN_DATE.exec(value) : null;
  if (plain) {
    const [year, month, day] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
    const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    return `${options.weekday ? `${weekday} ` : ''}${day} ${MONTHS[month - 1]} ${year}`;
  }
  const t = inLondon(value);
  if (!t) return '';
  return `${options.weekday ? `${DAYS[t.getDay()]} ` : ''}${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}`;
}

/** "Tuesday 1 December 2026 at 9:05pm". */
export function londonDateTime(value: Instant): string {
  return toDate(value) ? `${londonDate(value, { weekday: true })} at ${londonTime(value)}` : '';
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return plural(Math.max(minutes, 1), 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
}

/** "due in 5 hours", "overdue by 2 days": the whole units passed, largest first. */
export function relativeDeadline(dueAt: Instant, now: Date): string {
  const due = toDate(dueAt);
  if (!due) return '';
  const diff = due.getTime() - now.getTime();
  return diff >= 0 ? `due in ${span(diff)}` : `overdue by ${span(-diff)}`;
}

/** Whole years since a date of birth (`YYYY-MM-DD`), as of London's today. */
export function ageFrom(dateOfBirth: string | null | undefined, now: Date): number | undefined {
  const m = dateOfBirth ? PLAIN_DATE.exec(dateOfBirth.slice(0, 10)) : null;
  if (!m) return undefined;
  const today = londonCalendarDate(now);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}

/**
 * MOJ Frontend's `mojDate` (the timeline's byline) in London time rather than the server's zone:
 * 'datetime' "1 December 2026 at 9:05pm", 'shortdatetime' "1 Dec 2026 at 9:05pm", 'date', 'shortdate', 'time'.
 */
export function mojDate(value: Instant, type?: string): string {
  const t = inLondon(value);
  if (!t) return String(value ?? '');
  const date = `${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}`;
  const shortDate = `${t.getDate()} ${MONTHS[t.getMonth()].slice(0, 3)} ${t.getFullYear()}`;
  switch (type) {
    case 'datetime':
      return `${date} at ${londonTime(value)}`;
    case 'shortdatetime':
      return `${shortDate} at ${londonTime(value)}`;
    case 'date':
      return date;
    case 'shortdate':
      return shortDate;
    case 'time':
      return londonTime(value);
    default:
      return String(value);
  }
}
