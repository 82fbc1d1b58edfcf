import { formDateOf, leaveDatesText, leaveEnd, leaveStart, parseTime } from './leave-dates';

describe('leave dates and times in London', () => {
  it('given the ways people write a time, then the clock time; given an hour alone or nonsense, then none', () => {
    expect(['9am', '9:30am', '2.30pm', '14:30', 'midday', 'noon', 'midnight', '12am', '12pm', '0:15'].map(parseTime)).toEqual([
      { hours: 9, minutes: 0 },
      { hours: 9, minutes: 30 },
      { hours: 14, minutes: 30 },
      { hours: 14, minutes: 30 },
      { hours: 12, minutes: 0 },
      { hours: 12, minutes: 0 },
      { hours: 0, minutes: 0 },
      { hours: 0, minutes: 0 },
      { hours: 12, minutes: 0 },
      { hours: 0, minutes: 15 },
    ]);
    expect(['9', '13pm', '25:00', '9:75', 'soon'].map(parseTime)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('given dates only, then from the start of the first London day to the end of the last, in summer time too', () => {
    expect(leaveStart({ year: 2026, month: 7, day: 6 }).toISOString()).toBe('2026-07-05T23:00:00.000Z');
    expect(leaveEnd({ year: 2026, month: 7, day: 10 }).toISOString()).toBe('2026-07-10T23:00:00.000Z');
    expect(leaveEnd({ year: 2026, month: 12, day: 24 }, { hours: 13, minutes: 0 }).toISOString()).toBe('2026-12-24T13:00:00.000Z');
  });

  it('given a leave, then its ends in words and back into the form as they were given', () => {
    expect(leaveDatesText({ startsAt: '2026-07-05T23:00:00.000Z', endsAt: '2026-07-10T23:00:00.000Z' })).toEqual({
      starts: 'Monday 6 July 2026',
      ends: 'Friday 10 July 2026 (end of the day)',
    });
    expect(leaveDatesText({ startsAt: '2026-12-21T09:00:00.000Z', endsAt: '2026-12-24T13:00:00.000Z' })).toEqual({
      starts: 'Monday 21 December 2026 at 9am',
      ends: 'Thursday 24 December 2026 at 1pm',
    });
    expect(formDateOf('2026-07-10T23:00:00.000Z', 'end')).toEqual({ date: { year: 2026, month: 7, day: 10 }, time: '' });
    expect(formDateOf('2026-12-24T13:00:00.000Z', 'end')).toEqual({ date: { year: 2026, month: 12, day: 24 }, time: '1pm' });
  });
});
