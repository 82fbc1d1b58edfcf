import { ageFrom, londonDate, londonDateTime, londonTime, mojDate, relativeDeadline } from './date-filters';

describe('how pages show time (London, GOV.UK style)', () => {
  it('shows a winter evening instant with the weekday, date and a 12-hour time', () => {
    expect(londonDateTime('2026-12-01T21:05:00Z')).toBe('Tuesday 1 December 2026 at 9:05pm');
  });

  it('shows a summer instant in British Summer Time, on the London date', () => {
    expect(londonDateTime('2026-07-14T23:30:00Z')).toBe('Wednesday 15 July 2026 at 12:30am');
  });

  it('drops ":00" and says midday and midnight', () => {
    expect(londonTime('2026-12-01T09:00:00Z')).toBe('9am');
    expect(londonTime('2026-12-01T12:00:00Z')).toBe('midday');
    expect(londonTime('2026-12-01T00:00:00Z')).toBe('midnight');
  });

  it('reads a date of birth as a calendar date, whatever the zone', () => {
    expect(londonDate('2011-03-27')).toBe('27 March 2011');
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('shows nothing for a missing or unreadable value', () => {
    expect(londonDateTime(undefined)).toBe('');
    expect(londonDate('not a date')).toBe('');
  });

  it('says how long until a deadline, or how long past it', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    expect(relativeDeadline('2026-12-01T14:10:00Z', now)).toBe('due in 5 hours');
    expect(relativeDeadline('2026-12-01T09:40:00Z', now)).toBe('due in 40 minutes');
    expect(relativeDeadline('2026-11-29T08:00:00Z', now)).toBe('overdue by 2 days');
    expect(relativeDeadline('2026-12-01T08:59:00Z', now)).toBe('overdue by 1 minute');
  });

  it('gives a child\'s age on London\'s today, turning a year older on the birthday', () => {
    expect(ageFrom('2012-12-01', new Date('2026-12-01T00:30:00Z'))).toBe(14);
    expect(ageFrom('2012-12-02', new Date('2026-12-01T12:00:00Z'))).toBe(13);
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(ageFrom('2012-07-01', new Date('2026-06-30T23:30:00Z'))).toBe(14);
    expect(ageFrom(undefined, new Date())).toBeUndefined();
  });

  it('gives MOJ timeline bylines in London time', () => {
    expect(mojDate('2026-07-14T08:05:00Z', 'datetime')).toBe('14 July 2026 at 9:05am');
    expect(mojDate('2026-07-14T08:05:00Z', 'shortdate')).toBe('14 Jul 2026');
  });
});
