import { londonCalendarDate } from '@homeward/deadlines';

/** An ISO calendar date, YYYY-MM-DD (sorts and compares as text). */
export type IsoDate = string;

/** The 903 collection year named by the year it starts in: 1 April `year` to 31 March `year + 1`, London dates. */
export interface CollectionYear {
  year: number;
  start: IsoDate;
  end: IsoDate;
}

export const FIRST_COLLECTION_YEAR = 2000;
export const LAST_COLLECTION_YEAR = 2100;

export function collectionYear(year: number): CollectionYear {
  if (!Number.isInteger(year) || year < FIRST_COLLECTION_YEAR || year > LAST_COLLECTION_YEAR) throw new RangeError(`year must be a whole year ${FIRST_COLLECTION_YEAR}-${LAST_COLLECTION_YEAR}`);
  return { year, start: `${year}-04-01`, end: `${year + 1}-03-31` };
}

/** The collection year a London date falls in (1 January to 31 March belong to the year before). */
export function collectionYearOf(date: IsoDate): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Europe/London calendar date an instant falls on: 23:30 UTC on 31 March in BST is already 1 April. */
export function londonDate(instant: Date): IsoDate {
  const d = londonCalendarDate(instant);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The DfE's file date, dd/mm/yyyy. */
export function dfeDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A dd/mm/yyyy date read back strictly (a real calendar day), or null: what the DfE's checks call "a valid date". */
export function parseDfeDate(text: string | null): IsoDate | null {
  const match = text === null ? null : /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match;
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return at.getUTCFullYear() === Number(y) && at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}
