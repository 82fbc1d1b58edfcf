import { londonDayOf } from './london-today';

describe('the London calendar day an instant falls on', () => {
  it('given summer time, then the day starts at 23:00 UTC the evening before', () => {
    expect(londonDayOf(new Date('2025-07-01T22:59:59Z'))).toEqual({ start: new Date('2025-06-30T23:00:00Z'), end: new Date('2025-07-01T23:00:00Z') });
    expect(londonDayOf(new Date('2025-07-01T23:00:00Z')).start).toEqual(new Date('2025-07-01T23:00:00Z'));
  });

  it('given winter time, then the day is the UTC day', () => {
    expect(londonDayOf(new Date('2025-12-31T12:00:00Z'))).toEqual({ start: new Date('2025-12-31T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') });
  });

  it('given the days the clocks change, then they last 23 and 25 hours', () => {
    const spring = londonDayOf(new Date('2025-03-30T12:00:00Z'));
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = londonDayOf(new Date('2025-10-26T12:00:00Z'));
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });
});
