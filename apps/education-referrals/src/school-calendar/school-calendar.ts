import { bankHolidaysInYear } from '@homeward/deadlines';
import { academicYearOf, isWeekend, nextDate } from './calendar-dates';
import { type AcademicYear, type Term, type TermDates, TermDatesError } from './term-dates';

/**
 * Which dates are school days in the LA's maintained schools: inside a term, not in its half
 * term, not a weekend, an INSET day or a bank holiday. Deadlines in school days (the 20-day
 * rule, 5 school days for a new-pupil return) are counted on it.
 */
export class SchoolCalendar {
  private readonly years: ReadonlyMap<string, AcademicYear>;
  private readonly insetDays: ReadonlySet<string>;

  constructor(termDates: TermDates) {
    this.years = new Map(termDates.academicYears.map((year) => [year.year, year]));
    this.insetDays = new Set(termDates.academicYears.flatMap((year) => year.insetDays));
  }

  isSchoolDay(date: string): boolean {
    const year = this.yearOf(date);
    if (isWeekend(date) || this.insetDays.has(date) || bankHolidaysInYear(Number(date.slice(0, 4))).includes(date)) return false;
    return year.terms.some((term) => date >= term.start && date <= term.end && !(term.halfTerm && date >= term.halfTerm.start && date <= term.halfTerm.end));
  }

  /** The n-th school day after `from` (from itself not counted), n ≥ 1. */
  addSchoolDays(from: string, n: number): string {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`addSchoolDays needs a whole number of days ≥ 1, not ${n}`);
    let date = from;
    for (let counted = 0; counted < n; ) {
      date = nextDate(date);
      if (this.isSchoolDay(date)) counted++;
    }
    return date;
  }

  /** School days from `from` to `to`, both included: a pupil absent from Monday to Friday of a full week missed 5. */
  schoolDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let date = from; date <= to; date = nextDate(date)) if (this.isSchoolDay(date)) count++;
    return count;
  }

  /** The terms of the academic year `date` falls in, for termly counts. */
  termsOf(date: string): readonly Term[] {
    return this.yearOf(date).terms;
  }

  private yearOf(date: string): AcademicYear {
    const label = academicYearOf(date);
    const year = this.years.get(label);
    if (!year) throw new TermDatesError(`no term dates for academic year ${label} (asked about ${date})`);
    return year;
  }
}

/** At start: a calendar that does not cover today cannot count a single deadline, so the service must not run. */
export function assertCovers(termDates: TermDates, date: string): void {
  const label = academicYearOf(date);
  if (!termDates.academicYears.some((year) => year.year === label)) {
    throw new TermDatesError(`no term dates for academic year ${label}, which today (${date}) is in: add it to the term dates file`);
  }
}
