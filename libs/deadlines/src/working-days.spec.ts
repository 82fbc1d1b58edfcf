import {
  type WorkingDayCalendar,
  addWorkingDays,
  bankHolidaysInYear,
  formatLondon,
  isBankHoliday,
  isWorkingDay,
} from './index';

/** `YYYY-MM-DDTHH:mm` on London clocks, as shown by formatLondon, without the offset. */
const london = (instant: Date) => formatLondon(instant).slice(0, 16);

describe('England and Wales working-day calendar', () => {
  describe('given the bank holidays that date-holidays publishes for England', () => {
    it('when 2022 is listed, then it holds the substitute day for New Year, the moved Spring bank holiday, the Platinum Jubilee and the Queen\'s funeral', () => {
      expect(bankHolidaysInYear(2022)).toEqual([
        '2022-01-01', // Saturday: New Year's Day itself
        '2022-01-03', // its substitute Monday
        '2022-04-15', // Good Friday
        '2022-04-18', // Easter Monday
        '2022-05-02', // Early May
        '2022-06-02', // Spring bank holiday, moved to Thursday
        '2022-06-03', // Platinum Jubilee
        '2022-08-29', // Summer
        '2022-09-19', // State funeral of Queen Elizabeth II
        '2022-12-25', // Sunday: Christmas Day itself
        '2022-12-26', // Boxing Day
        '2022-12-27', // substitute for Christmas Day
      ]);
    });

    it('when 2023 is listed, then it holds the Coronation and the New Year substitute', () => {
      expect(bankHolidaysInYear(2023)).toEqual(
        expect.arrayContaining(['2023-01-02', '2023-05-01', '2023-05-08', '2023-05-29']),
      );
    });

    it('when a year is listed, then observances such as Mother\'s Day and Easter Sunday are not bank holidays', () => {
      expect(bankHolidaysInYear(2026)).not.toContain('2026-03-15'); // Mother's Day
      expect(bankHolidaysInYear(2026)).not.toContain('2026-04-05'); // Easter Sunday
      expect(bankHolidaysInYear(2026)).not.toContain('2026-06-21'); // Father's Day
    });
  });

  describe('given a date, when asked whether it is a working day', () => {
    it.each([
      ['an ordinary Tuesday', '2026-06-02T12:00:00Z', true],
      ['a Saturday', '2026-06-06T12:00:00Z', false],
      ['a Sunday', '2026-06-07T12:00:00Z', false],
      ['Good Friday', '2026-04-03T12:00:00Z', false],
      ['Easter Monday', '2026-04-06T12:00:00Z', false],
      ['Christmas Day substitute (Mon 27 Dec 2021)', '2021-12-27T12:00:00Z', false],
      ['Boxing Day substitute (Tue 28 Dec 2021)', '2021-12-28T12:00:00Z', false],
      ['New Year substitute (Mon 3 Jan 2022)', '2022-01-03T12:00:00Z', false],
      ['the Platinum Jubilee bank holidays (Thu 2 Jun 2022)', '2022-06-02T12:00:00Z', false],
      ['the Platinum Jubilee bank holidays (Fri 3 Jun 2022)', '2022-06-03T12:00:00Z', false],
      ["the Queen's funeral (Mon 19 Sep 2022)", '2022-09-19T12:00:00Z', false],
      ['the Coronation (Mon 8 May 2023)', '2023-05-08T12:00:00Z', false],
      ['the ordinary Monday after the Spring bank holiday moved in 2022 (30 May 2022)', '2022-05-30T12:00:00Z', true],
    ])('%s → %s', (_label, iso, expected) => {
      expect(isWorkingDay(new Date(iso))).toBe(expected);
    });

    it('then it is judged on the London date: 00:30 BST on Tue 1 Sep is a working day though it is still the Summer bank holiday in UTC', () => {
      const instant = new Date('2026-08-31T23:30:00Z');

      expect(isWorkingDay(instant)).toBe(true);
      expect(isBankHoliday(instant)).toBe(false);
      expect(isBankHoliday(new Date('2026-08-30T23:30:00Z'))).toBe(true); // 00:30 BST Mon 31 Aug
    });
  });
});

describe('addWorkingDays: a deadline N working days after the anchor, at the same London time', () => {
  describe('given an anchor on an ordinary Monday (1 June 2026, 09:00 BST)', () => {
    const anchor = new Date('2026-06-01T08:00:00Z');

    it.each([
      [1, '2026-06-02T09:00'],
      [5, '2026-06-08T09:00'],
      [10, '2026-06-15T09:00'],
    ])('when %i working days are added, then the deadline is %s London time', (days, expected) => {
      expect(london(addWorkingDays(anchor, days))).toBe(expected);
    });

    it('when 0 working days are added, then the deadline is the anchor itself', () => {
      expect(addWorkingDays(anchor, 0).getTime()).toBe(anchor.getTime());
    });
  });

  describe('given an anchor on a Friday (5 June 2026, 14:30 BST)', () => {
    const anchor = new Date('2026-06-05T13:30:00Z');

    it('when 1 working day is added, then the weekend is skipped and it is due on Monday at 14:30', () => {
      expect(london(addWorkingDays(anchor, 1))).toBe('2026-06-08T14:30');
    });

    it('when 5 working days are added, then it is due the next Friday', () => {
      expect(london(addWorkingDays(anchor, 5))).toBe('2026-06-12T14:30');
    });
  });

  describe('given an anchor on a weekend (the anchor\'s own day never counts; counting starts the next day)', () => {
    it('when found on Saturday 6 June 2026 at 10:00 and 1 working day is added, then it is due on Monday at 10:00', () => {
      expect(london(addWorkingDays(new Date('2026-06-06T09:00:00Z'), 1))).toBe('2026-06-08T10:00');
    });

    it('when found on Sunday 7 June 2026 at 22:00 and 5 working days are added, then it is due on Friday at 22:00', () => {
      expect(london(addWorkingDays(new Date('2026-06-07T21:00:00Z'), 5))).toBe('2026-06-12T22:00');
    });

    it('when found on Good Friday 2026 and 1 working day is added, then it is due on the Tuesday after Easter Monday', () => {
      expect(london(addWorkingDays(new Date('2026-04-03T11:00:00Z'), 1))).toBe('2026-04-07T12:00');
    });
  });

  describe('given an anchor exactly at London midnight', () => {
    it('when the anchor is 00:00 BST on Wed 1 July 2026 (still 30 June in UTC), then 1 working day is Thu 2 July at 00:00', () => {
      const due = addWorkingDays(new Date('2026-06-30T23:00:00Z'), 1);

      expect(formatLondon(due)).toBe('2026-07-02T00:00:00+01:00');
    });

    it('when the anchor is 00:00 GMT on Friday 9 January 2026, then 1 working day is Monday 12 January at 00:00', () => {
      expect(addWorkingDays(new Date('2026-01-09T00:00:00Z'), 1).toISOString()).toBe('2026-01-12T00:00:00.000Z');
    });
  });

  describe('given Christmas 2026 on a Friday, Boxing Day on a Saturday and its substitute on Monday 28 December', () => {
    const anchor = new Date('2026-12-23T10:00:00Z'); // Wednesday 10:00 GMT

    it.each([
      [1, '2026-12-24T10:00'], // Christmas Eve is a working day
      [2, '2026-12-29T10:00'], // 25 Dec, weekend, 28 Dec substitute skipped
      [5, '2027-01-04T10:00'], // 1 Jan 2027 (Friday) skipped
      [10, '2027-01-11T10:00'],
    ])('when %i working days are added, then it is due %s', (days, expected) => {
      expect(london(addWorkingDays(anchor, days))).toBe(expected);
    });
  });

  describe('given Christmas 2021 on a weekend: substitute days on 27 and 28 December and on 3 January 2022', () => {
    const anchor = new Date('2021-12-23T16:00:00Z'); // Thursday 16:00 GMT

    it.each([
      [1, '2021-12-24T16:00'],
      [2, '2021-12-29T16:00'],
      [5, '2022-01-04T16:00'],
      [10, '2022-01-11T16:00'],
    ])('when %i working days are added, then it is due %s', (days, expected) => {
      expect(london(addWorkingDays(anchor, days))).toBe(expected);
    });
  });

  describe('given a substitute bank holiday: New Year\'s Day 2023 on a Sunday, substitute Monday 2 January', () => {
    it('when found Friday 30 December 2022 at 09:00 and 1 working day is added, then it is due Tuesday 3 January 2023', () => {
      expect(london(addWorkingDays(new Date('2022-12-30T09:00:00Z'), 1))).toBe('2023-01-03T09:00');
    });
  });

  describe('given Easter 2026 (Good Friday 3 April, Easter Monday 6 April)', () => {
    const anchor = new Date('2026-04-02T09:00:00Z'); // Thursday 10:00 BST

    it('when 1 working day is added, then Good Friday, the weekend and Easter Monday are skipped', () => {
      expect(london(addWorkingDays(anchor, 1))).toBe('2026-04-07T10:00');
    });

    it('when 5 working days are added, then it is due Monday 13 April', () => {
      expect(london(addWorkingDays(anchor, 5))).toBe('2026-04-13T10:00');
    });
  });

  describe('given Easter 2027, when the clocks go forward on Easter Sunday', () => {
    it('when found Thursday 25 March at 09:00 GMT and 1 working day is added, then it is due Tuesday 30 March at 09:00 BST (08:00 UTC)', () => {
      const due = addWorkingDays(new Date('2027-03-25T09:00:00Z'), 1);

      expect(formatLondon(due)).toBe('2027-03-30T09:00:00+01:00');
      expect(due.toISOString()).toBe('2027-03-30T08:00:00.000Z');
    });
  });

  describe('given the 2022 and 2023 one-off bank holidays', () => {
    it('when found Wednesday 1 June 2022 and 1 working day is added, then the Jubilee holidays and weekend are skipped to Monday 6 June', () => {
      expect(london(addWorkingDays(new Date('2022-06-01T10:00:00Z'), 1))).toBe('2022-06-06T11:00');
    });

    it("when found Friday 16 September 2022 and 1 working day is added, then the Queen's funeral is skipped to Tuesday 20 September", () => {
      expect(london(addWorkingDays(new Date('2022-09-16T14:00:00Z'), 1))).toBe('2022-09-20T15:00');
    });

    it('when found Friday 28 April 2023 and 5 working days are added, then Early May and the Coronation are skipped to Tuesday 9 May', () => {
      expect(london(addWorkingDays(new Date('2023-04-28T09:00:00Z'), 5))).toBe('2023-05-09T10:00');
    });
  });

  describe('given the clocks change between the anchor and the deadline', () => {
    it('when found Friday 27 March 2026 at 10:00 GMT, then 1 working day is Monday at 10:00 BST', () => {
      expect(formatLondon(addWorkingDays(new Date('2026-03-27T10:00:00Z'), 1))).toBe('2026-03-30T10:00:00+01:00');
    });

    it('when found Friday 23 October 2026 at 10:00 BST, then 1 working day is Monday at 10:00 GMT', () => {
      expect(formatLondon(addWorkingDays(new Date('2026-10-23T09:00:00Z'), 1))).toBe('2026-10-26T10:00:00+00:00');
    });

    it('when found at 01:30 GMT during the repeated hour on 25 October 2026, then 1 working day is Monday at 01:30 GMT', () => {
      expect(formatLondon(addWorkingDays(new Date('2026-10-25T01:30:00Z'), 1))).toBe('2026-10-26T01:30:00+00:00');
    });
  });

  describe('given a calendar where every day is a working day, so the deadline can land on a clock-change Sunday', () => {
    const everyDay: WorkingDayCalendar = { isWorkingDate: () => true };

    it('when the anchor time 01:30 does not exist on the deadline date (29 March 2026), then it moves forward to 02:30 BST', () => {
      const due = addWorkingDays(new Date('2026-03-28T01:30:00Z'), 1, everyDay);

      expect(formatLondon(due)).toBe('2026-03-29T02:30:00+01:00');
    });

    it('when the anchor time 01:30 occurs twice on the deadline date (25 October 2026), then the earlier, 01:30 BST, is chosen', () => {
      const due = addWorkingDays(new Date('2026-10-24T00:30:00Z'), 1, everyDay);

      expect(formatLondon(due)).toBe('2026-10-25T01:30:00+01:00');
      expect(due.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    });
  });

  describe('given an unusable input', () => {
    it('when the number of days is negative or fractional, then it is rejected', () => {
      const anchor = new Date('2026-06-01T08:00:00Z');

      expect(() => addWorkingDays(anchor, -1)).toThrow(RangeError);
      expect(() => addWorkingDays(anchor, 1.5)).toThrow(RangeError);
    });

    it('when the anchor is an invalid date, then it is rejected', () => {
      expect(() => addWorkingDays(new Date('nope'), 1)).toThrow(RangeError);
    });

    it('when the calendar has no working days, then it fails instead of looping forever', () => {
      expect(() => addWorkingDays(new Date('2026-06-01T08:00:00Z'), 1, { isWorkingDate: () => false })).toThrow(
        RangeError,
      );
    });
  });
});
