import { londonCalendarDate } from '@homeward/deadlines';

/** The collection year (named by the year it starts, 1 April) a London date falls in. */
export function collectionYearAt(now: Date): number {
  const today = londonCalendarDate(now);
  return today.month >= 4 ? today.year : today.year - 1;
}

/** `?year=` as a collection year no later than the current one, or the current one. */
export function chosenYear(text: unknown, now: Date): number {
  const current = collectionYearAt(now);
  const year = typeof text === 'string' && /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 2000 && year <= current ? year : current;
}

/** How staff name a collection year: "2026 to 2027 (1 April 2026 to 31 March 2027)". */
export function yearLabel(year: number): string {
  return `${year} to ${year + 1}`;
}

/** The years offered: the current one and the four before. */
export function yearsOffered(now: Date): number[] {
  const current = collectionYearAt(now);
  return [0, 1, 2, 3, 4].map((back) => current - back);
}
