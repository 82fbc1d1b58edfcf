import { join } from 'node:path';
import { type TermDates, TermDatesError, loadTermDates, parseTermDates } from './term-dates';

const REAL_FILE = join(__dirname, '../../config/term-dates.json');

/** Two valid consecutive years; each test breaks one field. */
function validFile(): TermDates {
  return {
    localAuthority: 'Test council',
    academicYears: [
      {
        year: '2025/26',
        terms: [
          { name: 'Autumn', start: '2025-09-01', end: '2025-12-19', halfTerm: { start: '2025-10-27', end: '2025-10-31' } },
          { name: 'Spring', start: '2026-01-05', end: '2026-03-27', halfTerm: { start: '2026-02-16', end: '2026-02-20' } },
          { name: 'Summer', start: '2026-04-13', end: '2026-07-22' },
        ],
        insetDays: ['2025-09-01', '2026-01-05'],
      },
      {
        year: '2026/27',
        terms: [{ name: 'Autumn', start: '2026-09-01', end: '2026-12-18' }],
        insetDays: [],
      },
    ],
  };
}

/** The TermDatesError message from parsing a file that `breakIt` changed. */
function errorFor(breakIt: (file: TermDates) => void): string {
  const file = validFile();
  breakIt(file);
  try {
    parseTermDates(file);
  } catch (error) {
    expect(error).toBeInstanceOf(TermDatesError);
    return (error as Error).message;
  }
  throw new Error('parseTermDates accepted a broken file');
}

describe('term dates file', () => {
  describe('the real file (config/term-dates.json)', () => {
    it('when loaded, then it validates and lists 2025/26 to 2027/28 in order, each with autumn, spring and summer terms', () => {
      const termDates = loadTermDates(REAL_FILE);
      expect(termDates.localAuthority).toEqual(expect.any(String));
      expect(termDates.academicYears.map((year) => year.year)).toEqual(['2025/26', '2026/27', '2027/28']);
      for (const year of termDates.academicYears) expect(year.terms.map((term) => term.name)).toEqual(['Autumn', 'Spring', 'Summer']);
    });

    it('when loaded, then each autumn term starts in September and each year has its INSET days', () => {
      for (const year of loadTermDates(REAL_FILE).academicYears) {
        expect(year.terms[0].start.slice(5, 7)).toBe('09');
        expect(year.insetDays.length).toBeGreaterThan(0);
      }
    });
  });

  describe('a file that cannot be read', () => {
    it('when the file does not exist, then it throws a TermDatesError naming the path', () => {
      expect(() => loadTermDates(join(__dirname, 'no-such-term-dates.json'))).toThrow(/no-such-term-dates\.json cannot be read/);
    });
  });

  describe('a valid file', () => {
    it('when parsed, then it is returned with its years, terms and INSET days', () => {
      const parsed = parseTermDates(validFile());
      expect(parsed).toEqual(validFile());
    });
  });

  describe('each way a file can be wrong, with the message naming the year and the field', () => {
    it('when the file is not an object, has no localAuthority or no academic years, then it says so', () => {
      expect(() => parseTermDates(null)).toThrow(TermDatesError);
      expect(errorFor((file) => (file.localAuthority = ' '))).toMatch(/localAuthority is required/);
      expect(errorFor((file) => (file.academicYears = []))).toMatch(/academicYears must list at least one academic year/);
    });

    it.each(['2026/28', '2026-27', '26/27', '2026/2027'])('when the year label is %s, then the year field is rejected', (label) => {
      expect(errorFor((file) => (file.academicYears[1].year = label))).toMatch(
        new RegExp(`^academic year ${label}: year must be two consecutive years`),
      );
    });

    it('when a term starts before the previous term ends, then terms[n].start is rejected as out of order', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[1].start = '2025-12-01'))).toMatch(
        /^academic year 2025\/26: terms\[1\]\.start must be after the end of Autumn \(2025-12-19\)/,
      );
    });

    it('when a term starts on the day the previous one ends (overlapping), then terms[n].start is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[2].start = '2026-03-27'))).toMatch(
        /^academic year 2025\/26: terms\[2\]\.start must be after the end of Spring/,
      );
    });

    it('when the terms are listed in the wrong order, then the later-listed term is rejected', () => {
      expect(errorFor((file) => file.academicYears[0].terms.reverse())).toMatch(/^academic year 2025\/26: terms\[1\]\.start must be after/);
    });

    it('when a term ends before it starts, then terms[n].end is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[0].end = '2025-08-29'))).toMatch(
        /^academic year 2025\/26: terms\[0\]\.end is before its start/,
      );
    });

    it('when a term date is outside its academic year, then that field is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[2].end = '2026-08-03'))).toMatch(
        /^academic year 2025\/26: terms\[2\]\.end 2026-08-03 is outside 2025\/26/,
      );
    });

    it('when a half term starts before its term or ends after it, then terms[n].halfTerm is rejected', () => {
      const pattern = /^academic year 2025\/26: terms\[0\]\.halfTerm must be inside the term \(2025-09-01 to 2025-12-19\)/;
      expect(errorFor((file) => (file.academicYears[0].terms[0].halfTerm = { start: '2025-08-25', end: '2025-09-05' }))).toMatch(pattern);
      expect(errorFor((file) => (file.academicYears[0].terms[0].halfTerm = { start: '2025-12-15', end: '2025-12-31' }))).toMatch(pattern);
    });

    it('when a half term ends before it starts or has no dates, then terms[n].halfTerm is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[0].halfTerm = { start: '2025-10-31', end: '2025-10-27' }))).toMatch(
        /^academic year 2025\/26: terms\[0\]\.halfTerm\.end is before its start/,
      );
      expect(errorFor((file) => (file.academicYears[0].terms[0].halfTerm = { start: '2025-10-27' } as never))).toMatch(
        /^academic year 2025\/26: terms\[0\]\.halfTerm needs start and end dates/,
      );
    });

    it('when an INSET day is on a weekend, then insetDays[n] is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].insetDays[1] = '2026-01-10'))).toMatch(
        /^academic year 2025\/26: insetDays\[1\] 2026-01-10 is a weekend/,
      );
    });

    it('when an INSET day is in a half term, then insetDays[n] is rejected', () => {
      // 2025/26 autumn half term is 27-31 October 2025.
      expect(errorFor((file) => (file.academicYears[0].insetDays[0] = '2025-10-28'))).toMatch(/^academic year 2025\/26: insetDays\[0\] 2025-10-28 is in a half term/);
    });

    it('when an INSET day is in the holidays, not inside a term, then insetDays[n] is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].insetDays[0] = '2025-12-22'))).toMatch(
        /^academic year 2025\/26: insetDays\[0\] 2025-12-22 is not inside a term/,
      );
    });

    it('when insetDays is missing, then it must be a list (which may be empty)', () => {
      expect(errorFor((file) => delete (file.academicYears[1] as Partial<TermDates['academicYears'][number]>).insetDays)).toMatch(
        /^academic year 2026\/27: insetDays must be a list of dates/,
      );
    });

    it('when a year has no terms, then terms is rejected', () => {
      expect(errorFor((file) => (file.academicYears[1].terms = []))).toMatch(/^academic year 2026\/27: terms must list at least one term/);
    });

    it('when a year is missing between two others, then the gap is named', () => {
      expect(
        errorFor((file) => {
          file.academicYears[1].year = '2027/28';
          file.academicYears[1].terms = [{ name: 'Autumn', start: '2027-09-01', end: '2027-12-17' }];
        }),
      ).toMatch(/^academic year 2027\/28: expected 2026\/27 after 2025\/26/);
    });

    it('when a year is listed twice, then the second is rejected', () => {
      expect(errorFor((file) => (file.academicYears[1] = validFile().academicYears[0]))).toMatch(/^academic year 2025\/26: expected 2026\/27 after 2025\/26/);
    });

    it('when a term date is not a date, like 2026-02-30, then that field is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[1].end = '2026-02-30'))).toMatch(
        /^academic year 2025\/26: terms\[1\]\.end "2026-02-30" is not a date \(YYYY-MM-DD\)/,
      );
    });

    it('when an INSET day is not a date, then insetDays[n] is rejected', () => {
      expect(errorFor((file) => (file.academicYears[0].insetDays[0] = '2025-09-31'))).toMatch(
        /^academic year 2025\/26: insetDays\[0\] "2025-09-31" is not a date/,
      );
    });

    it('when a term has no name, then terms[n].name is required', () => {
      expect(errorFor((file) => (file.academicYears[0].terms[0].name = ''))).toMatch(/^academic year 2025\/26: terms\[0\]\.name is required/);
    });
  });
});
