import { formatLondon, londonCalendarDate, londonWallTimeToInstant } from './index';

const at = (hours: number, minutes = 0) => ({ hours, minutes, seconds: 0, milliseconds: 0 });

describe('formatLondon: deadlines are shown in Europe/London time with their offset', () => {
  it('given an instant in winter (GMT), when formatted, then the offset is +00:00', () => {
    expect(formatLondon(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01T09:00:00+00:00');
  });

  it('given an instant in summer (BST), when formatted, then the London time is an hour ahead with +01:00', () => {
    expect(formatLondon(new Date('2026-10-06T08:00:00Z'))).toBe('2026-10-06T09:00:00+01:00');
  });

  it('given 23:30 UTC on 30 June, when formatted, then it shows the London date, 1 July at 00:30', () => {
    expect(formatLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01T00:30:00+01:00');
  });

  it('given an instant with milliseconds, when formatted, then they are kept so the string is the same instant', () => {
    const instant = new Date('2026-12-01T09:00:00.250Z');

    expect(formatLondon(instant)).toBe('2026-12-01T09:00:00.250+00:00');
    expect(new Date(formatLondon(instant)).getTime()).toBe(instant.getTime());
  });

  it('given an invalid date, when formatted, then it is rejected', () => {
    expect(() => formatLondon(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('londonCalendarDate: the date is the one on London clocks, not in UTC', () => {
  it('given 23:00 UTC on 30 June (midnight BST), then the London date is 1 July', () => {
    expect(londonCalendarDate(new Date('2026-06-30T23:00:00Z'))).toEqual({ year: 2026, month: 7, day: 1 });
  });

  it('given 23:00 UTC on 31 December (GMT), then the London date is still 31 December', () => {
    expect(londonCalendarDate(new Date('2026-12-31T23:00:00Z'))).toEqual({ year: 2026, month: 12, day: 31 });
  });
});

describe('londonWallTimeToInstant: a London wall-clock time on a date, across clock changes', () => {
  it('given an ordinary summer date, when 09:00 is converted, then it is 08:00 UTC', () => {
    expect(londonWallTimeToInstant({ year: 2026, month: 7, day: 1 }, at(9)).toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });

  describe('given 29 March 2026, when the clocks go forward from 01:00 GMT to 02:00 BST', () => {
    it('when 01:30, which never shows on London clocks, is converted, then it moves forward by the gap to 02:30 BST', () => {
      const instant = londonWallTimeToInstant({ year: 2026, month: 3, day: 29 }, at(1, 30));

      expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
      expect(formatLondon(instant)).toBe('2026-03-29T02:30:00+01:00');
    });

    it('when 00:59 and 02:00, either side of the gap, are converted, then they are unchanged', () => {
      expect(formatLondon(londonWallTimeToInstant({ year: 2026, month: 3, day: 29 }, at(0, 59)))).toBe(
        '2026-03-29T00:59:00+00:00',
      );
      expect(formatLondon(londonWallTimeToInstant({ year: 2026, month: 3, day: 29 }, at(2)))).toBe(
        '2026-03-29T02:00:00+01:00',
      );
    });
  });

  describe('given 25 October 2026, when the clocks go back from 02:00 BST to 01:00 GMT', () => {
    it('when 01:30, which shows twice, is converted, then the earlier instant (01:30 BST) is chosen', () => {
      const instant = londonWallTimeToInstant({ year: 2026, month: 10, day: 25 }, at(1, 30));

      expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
      expect(formatLondon(instant)).toBe('2026-10-25T01:30:00+01:00');
    });

    it('when 02:00, after the overlap, is converted, then it is 02:00 GMT', () => {
      expect(londonWallTimeToInstant({ year: 2026, month: 10, day: 25 }, at(2)).toISOString()).toBe(
        '2026-10-25T02:00:00.000Z',
      );
    });
  });
});
