import { academicYearOf, dayOfWeek, isCalendarDate, isWeekend, nextDate } from './calendar-dates';

describe('calendar dates', () => {
  describe('academicYearOf: which academic year (1 August to 31 July) a date is in', () => {
    it('when the date is 31 July, then it is the last day of the academic year that began the August before', () => {
      expect(academicYearOf('2026-07-31')).toBe('2025/26');
    });

    it('when the date is 1 August, then it is the first day of the next academic year', () => {
      expect(academicYearOf('2026-08-01')).toBe('2026/27');
    });

    it('when the date is in the spring term, then it belongs to the year that began the previous August', () => {
      expect(academicYearOf('2027-01-04')).toBe('2026/27');
    });

    it('when the academic year spans a century, then the label keeps two digits', () => {
      expect(academicYearOf('2099-09-01')).toBe('2099/00');
      expect(academicYearOf('2009-09-01')).toBe('2009/10');
    });
  });

  describe('isCalendarDate: what a term dates file may put in a date field', () => {
    it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('when given %s, then it is a date', (value) => {
      expect(isCalendarDate(value)).toBe(true);
    });

    it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-04-31', '2026-2-3', '03/09/2026', '2026-09-03T00:00', ''])(
      'when given "%s", then it is not a date',
      (value) => {
        expect(isCalendarDate(value)).toBe(false);
      },
    );

    it.each([20260903, null, undefined, new Date('2026-09-03')])('when given %p (not a string), then it is not a date', (value) => {
      expect(isCalendarDate(value)).toBe(false);
    });
  });

  describe('nextDate', () => {
    it('when a day is added at the end of a month, a year or February in a leap year, then the calendar rolls over', () => {
      expect(nextDate('2026-01-31')).toBe('2026-02-01');
      expect(nextDate('2026-12-31')).toBe('2027-01-01');
      expect(nextDate('2028-02-28')).toBe('2028-02-29');
      expect(nextDate('2027-02-28')).toBe('2027-03-01');
    });

    it('when several days or a negative number are given, then it moves that many days', () => {
      expect(nextDate('2026-10-23', 10)).toBe('2026-11-02');
      expect(nextDate('2026-09-01', -1)).toBe('2026-08-31');
    });
  });

  describe('weekdays and weekends', () => {
    it('when the date is a Monday or a Sunday, then dayOfWeek numbers it 1 or 7', () => {
      expect(dayOfWeek('2026-09-07')).toBe(1);
      expect(dayOfWeek('2026-09-11')).toBe(5);
      expect(dayOfWeek('2026-09-13')).toBe(7);
    });

    it('when the date is a Saturday or Sunday, then it is a weekend; a Friday and a Monday are not', () => {
      expect(isWeekend('2026-09-12')).toBe(true);
      expect(isWeekend('2026-09-13')).toBe(true);
      expect(isWeekend('2026-09-11')).toBe(false);
      expect(isWeekend('2026-09-14')).toBe(false);
    });
  });
});
