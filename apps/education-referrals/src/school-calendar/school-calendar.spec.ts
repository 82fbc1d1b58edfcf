import { join } from 'node:path';
import { SchoolCalendar, assertCovers } from './school-calendar';
import { type TermDates, TermDatesError, loadTermDates, parseTermDates } from './term-dates';

/** The council's real file: the calendar deadlines are counted on. */
const termDates = loadTermDates(join(__dirname, '../../config/term-dates.json'));
const calendar = new SchoolCalendar(termDates);

/** The real file with 2026/27's Easter inside the spring term, as in LAs with a fixed April break. */
function withEasterInSpringTerm(): TermDates {
  const copy = structuredClone(termDates);
  const year = copy.academicYears.find((y) => y.year === '2026/27');
  if (!year) throw new Error('the real file no longer has 2026/27');
  year.terms[1].end = '2027-04-02';
  year.terms[2].start = '2027-04-19';
  return parseTermDates(copy);
}

describe('SchoolCalendar (the LA term dates file)', () => {
  describe('a deadline counted in school days that runs across a half term', () => {
    it('when a 5-school-day deadline starts the Monday before the October half term, then the half term week is not counted and it falls on the Monday after', () => {
      // 21–24 Oct are days 1–4; 27–31 Oct is half term; 3 Nov is day 5.
      expect(calendar.addSchoolDays('2025-10-20', 5)).toBe('2025-11-03');
    });

    it('when absence runs from the Monday before half term to the Friday after, then 10 school days are missed, not 15', () => {
      expect(calendar.schoolDaysBetween('2025-10-20', '2025-11-07')).toBe(10);
    });

    it('when a date is a weekday in half term, then it is not a school day', () => {
      expect(calendar.isSchoolDay('2026-02-18')).toBe(false);
      expect(calendar.isSchoolDay('2026-02-13')).toBe(true);
      expect(calendar.isSchoolDay('2026-02-23')).toBe(true);
    });
  });

  describe('INSET (staff training) days', () => {
    it('when the first day of the spring term is an INSET day, then pupils are not expected and it is not a school day', () => {
      expect(calendar.isSchoolDay('2026-01-05')).toBe(false);
      expect(calendar.isSchoolDay('2026-01-06')).toBe(true);
    });

    it('when a deadline crosses the Christmas holiday into an INSET day, then the first school day after them is day 1', () => {
      expect(calendar.addSchoolDays('2025-12-19', 1)).toBe('2026-01-06');
    });

    it('when the last two days of the summer term are INSET days, then only one school day is counted from 20 to 22 July', () => {
      expect(calendar.schoolDaysBetween('2026-07-20', '2026-07-22')).toBe(1);
    });
  });

  describe('bank holidays inside a term', () => {
    it('when the early May bank holiday falls in the summer term, then it is not a school day', () => {
      expect(calendar.isSchoolDay('2026-05-04')).toBe(false);
      expect(calendar.schoolDaysBetween('2026-05-01', '2026-05-08')).toBe(5);
      expect(calendar.addSchoolDays('2026-05-01', 1)).toBe('2026-05-05');
    });

    it('when Good Friday and Easter Monday fall inside the spring term, then neither is a school day', () => {
      const easterInTerm = new SchoolCalendar(withEasterInSpringTerm());
      expect(easterInTerm.isSchoolDay('2027-03-25')).toBe(true);
      expect(easterInTerm.isSchoolDay('2027-03-26')).toBe(false); // Good Friday
      expect(easterInTerm.isSchoolDay('2027-03-29')).toBe(false); // Easter Monday
      expect(easterInTerm.isSchoolDay('2027-03-30')).toBe(true);
      expect(easterInTerm.schoolDaysBetween('2027-03-22', '2027-04-02')).toBe(8);
    });
  });

  describe('weekends and holidays', () => {
    it('when a deadline of 1 school day starts on a Friday, then the weekend is skipped and it falls on Monday', () => {
      expect(calendar.isSchoolDay('2025-09-06')).toBe(false);
      expect(calendar.isSchoolDay('2025-09-07')).toBe(false);
      expect(calendar.addSchoolDays('2025-09-05', 1)).toBe('2025-09-08');
    });

    it('when a weekday is in the Christmas or summer holidays, then it is not a school day', () => {
      expect(calendar.isSchoolDay('2025-12-22')).toBe(false);
      expect(calendar.isSchoolDay('2026-08-03')).toBe(false);
    });
  });

  describe('schoolDaysBetween counts both ends', () => {
    it('when a pupil is absent one school day, then that is 1', () => {
      expect(calendar.schoolDaysBetween('2025-09-08', '2025-09-08')).toBe(1);
    });

    it('when a pupil is absent Monday to Friday of a full week (or to the Sunday), then that is 5', () => {
      expect(calendar.schoolDaysBetween('2025-09-08', '2025-09-12')).toBe(5);
      expect(calendar.schoolDaysBetween('2025-09-08', '2025-09-14')).toBe(5);
    });

    it('when the end is before the start, then no school days are counted', () => {
      expect(calendar.schoolDaysBetween('2025-09-12', '2025-09-08')).toBe(0);
    });
  });

  describe('addSchoolDays', () => {
    it('when asked for less than 1 or part of a day, then it refuses rather than guess', () => {
      expect(() => calendar.addSchoolDays('2025-09-08', 0)).toThrow(RangeError);
      expect(() => calendar.addSchoolDays('2025-09-08', -1)).toThrow(RangeError);
      expect(() => calendar.addSchoolDays('2025-09-08', 1.5)).toThrow(RangeError);
    });
  });

  describe('dates the file does not cover', () => {
    it('when a date is in 2028/29, which the file does not list, then it throws a TermDatesError naming 2028/29', () => {
      expect(() => calendar.isSchoolDay('2028-09-04')).toThrow(TermDatesError);
      expect(() => calendar.isSchoolDay('2028-09-04')).toThrow(/2028\/29/);
    });

    it('when a date is a weekend before the file starts, then it still throws rather than answer "not a school day"', () => {
      expect(() => calendar.isSchoolDay('2025-07-26')).toThrow(/2024\/25/);
    });

    it('when a deadline at the end of the last covered year runs into 2028/29, then it throws rather than stop counting', () => {
      expect(() => calendar.addSchoolDays('2028-07-19', 5)).toThrow(/2028\/29/);
    });
  });
});

describe('assertCovers (checked when the service starts)', () => {
  it('when today is on 1 August or 31 July of a year in the file, then the service may start', () => {
    expect(() => assertCovers(termDates, '2025-08-01')).not.toThrow();
    expect(() => assertCovers(termDates, '2028-07-31')).not.toThrow();
  });

  it('when today is 1 August 2028, then it refuses, naming 2028/29 and saying to add it to the file', () => {
    expect(() => assertCovers(termDates, '2028-08-01')).toThrow(TermDatesError);
    expect(() => assertCovers(termDates, '2028-08-01')).toThrow(/2028\/29.*add it to the term dates file/);
  });

  it('when today is before the first year in the file, then it refuses, naming that year', () => {
    expect(() => assertCovers(termDates, '2025-07-31')).toThrow(/2024\/25/);
  });
});
