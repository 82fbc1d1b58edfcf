import type { CalendarDate } from '@homeward/deadlines';
import { londonWallTimeToInstant } from '@homeward/deadlines';
import { londonDate, londonTime } from '../web/date-filters';
import { addToDate, isoDate, londonDateAndTime, startOfLondonDay } from '../web/london-calendar';

/**
 * Leave is recorded as instants; people give London dates and, if they want, times. A start
 * without a time is the start of that London day (midnight); an end without a time is the end
 * of that day (midnight after it), so "3 to 7 March" is five whole days. Times are London
 * wall-clock time, GMT or BST as it is on that date (a time the clocks skip moves forward).
 */

export interface ClockTime {
  hours: number;
  minutes: number;
}

const TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/;

/** "9am", "9:30am", "2.30pm", "14:30", "midday", "noon", "midnight"; undefined for anything else. */
export function parseTime(text: string): ClockTime | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'midday' || t === 'noon') return { hours: 12, minutes: 0 };
  if (t === 'midnight') return { hours: 0, minutes: 0 };
  const m = TIME.exec(t);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  const half = m[3];
  if (minutes > 59) return undefined;
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (hours > 23 || (!m[2] && hours > 0)) {
    // "9" alone could be morning or evening: ask for am or pm, or a 24-hour time.
    return undefined;
  }
  return { hours, minutes };
}

const at = (date: CalendarDate, time: ClockTime) => londonWallTimeToInstant(date, { ...time, seconds: 0, milliseconds: 0 });

export function leaveStart(date: CalendarDate, time?: ClockTime): Date {
  return time ? at(date, time) : startOfLondonDay(date);
}

export function leaveEnd(date: CalendarDate, time?: ClockTime): Date {
  return time ? at(date, time) : startOfLondonDay(addToDate(date, { days: 1 }));
}

/** A leave's ends in words: "Monday 3 March 2026" for a whole day, "... at 9am" otherwise. */
export function leaveDatesText(leave: { startsAt: string; endsAt: string }): { starts: string; ends: string } {
  const start = londonDateAndTime(leave.startsAt);
  const end = londonDateAndTime(leave.endsAt);
  const startMidnight = start.hours === 0 && start.minutes === 0;
  const endMidnight = end.hours === 0 && end.minutes === 0;
  return {
    starts: startMidnight ? londonDate(isoDate(start.date), { weekday: true }) : `${londonDate(leave.startsAt, { weekday: true })} at ${londonTime(leave.startsAt)}`,
    ends: endMidnight
      ? `${londonDate(isoDate(addToDate(end.date, { days: -1 })), { weekday: true })} (end of the day)`
      : `${londonDate(leave.endsAt, { weekday: true })} at ${londonTime(leave.endsAt)}`,
  };
}

/** The date and time a form shows for a leave's start or end (the inverse of leaveStart / leaveEnd). */
export function formDateOf(instant: string, end: 'start' | 'end'): { date: CalendarDate; time: string } {
  const { date, hours, minutes } = londonDateAndTime(instant);
  if (hours === 0 && minutes === 0) return { date: end === 'end' ? addToDate(date, { days: -1 }) : date, time: '' };
  return { date, time: londonTime(instant) };
}
