import { isCalendarDate, isInstant } from './date-validators';

describe('the strict date readers every DTO uses', () => {
  it.each(['2026-06-01T19:00:00Z', '2026-06-01T19:00Z', '2026-06-01T19:00:00.123456+01:00', '2024-02-29T23:59:59-05:30'])(
    'given the instant %s, then it is accepted',
    (value) => expect(isInstant(value)).toBe(true),
  );

  it.each([
    '2026-W05-3', // week date: IsISO8601 accepts it, new Date() makes it Invalid Date
    '2026-001', // ordinal date
    '20260601T190000Z', // basic format
    '2026-06-01T19:00:00', // no zone: would be read in the server's own time
    '2026-06-01', // a date is not an instant
    '2026-02-30T10:00:00Z',
    '2026-06-01T24:00:00Z',
    '2026-06-01T10:60:00Z',
    '2026-06-01T10:00:60Z',
    '2026-06-01T10:00:00+24:00',
    '+002026-06-01T10:00:00Z',
    ' 2026-06-01T10:00:00Z',
    '',
  ])('given %j, then it is refused', (value) => expect(isInstant(value)).toBe(false));

  it('given something not a string, then neither reader accepts it', () => {
    for (const value of [20260601, null, undefined, {}, ['2026-06-01'], new Date()]) {
      expect([isInstant(value), isCalendarDate(value)]).toEqual([false, false]);
    }
  });

  it.each(['2026-02-28', '2024-02-29', '2026-12-31'])('given the date %s, then it is accepted', (value) => expect(isCalendarDate(value)).toBe(true));

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-W05-3', '2026-6-1', '2026-06-01T00:00:00Z'])(
    'given %j as a date, then it is refused',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});
