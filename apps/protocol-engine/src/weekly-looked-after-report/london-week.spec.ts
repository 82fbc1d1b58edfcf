import { addDays, calendarDay, isMonday, londonWeek } from './london-week';

describe('a Monday-to-Sunday week in London dates', () => {
  it('given Monday 23 November 2026 (GMT), it runs from midnight that Monday to midnight the next', () => {
    expect(londonWeek('2026-11-23')).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
      from: new Date('2026-11-23T00:00:00Z'),
      to: new Date('2026-11-30T00:00:00Z'),
    });
  });

  it('given the week the clocks go forward (29 March 2026), it is 167 hours: midnight GMT to midnight BST', () => {
    const week = londonWeek('2026-03-23');
    expect(week.from).toEqual(new Date('2026-03-23T00:00:00Z'));
    expect(week.to).toEqual(new Date('2026-03-29T23:00:00Z'));
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(167);
  });

  it('given the week the clocks go back (25 October 2026), it is 169 hours', () => {
    const week = londonWeek('2026-10-19');
    expect(week.from).toEqual(new Date('2026-10-18T23:00:00Z'));
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(169);
  });

  it('given a day that is not a Monday, or not a day, it refuses', () => {
    expect(() => londonWeek('2026-11-24')).toThrow(RangeError);
    expect(() => londonWeek('2026-02-30')).toThrow(RangeError);
  });

  it('reads days strictly and adds them across months and years', () => {
    expect(calendarDay('2026-02-29')).toBeNull();
    expect(calendarDay('2028-02-29')).toBe('2028-02-29');
    expect(calendarDay('29/02/2028')).toBeNull();
    expect(calendarDay(undefined)).toBeNull();
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(isMonday('2027-01-04')).toBe(true);
  });
});
