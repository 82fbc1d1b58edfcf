import { londonMonthsOf, periodOf } from './london-period';

describe('a compliance period in London dates', () => {
  it('given dates, then from the start of the first London day to the end of the last, in summer time too', () => {
    expect(periodOf('2025-06-01', '2025-06-30')).toEqual({ from: new Date('2025-05-31T23:00:00Z'), to: new Date('2025-06-30T23:00:00Z') });
    expect(periodOf('2025-12-01', '2025-12-31')).toEqual({ from: new Date('2025-12-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') });
  });

  it('given date-times, then the instants as given, to excluded', () => {
    expect(periodOf('2025-10-01T10:00:00Z', '2025-10-02T10:00:00.000Z')).toEqual({ from: new Date('2025-10-01T10:00:00Z'), to: new Date('2025-10-02T10:00:00Z') });
  });

  it('given a period across the clocks going back, then each London month, cut to the period', () => {
    expect(londonMonthsOf(periodOf('2025-09-15', '2025-11-30'))).toEqual([
      { month: '2025-09', from: new Date('2025-09-14T23:00:00Z'), to: new Date('2025-09-30T23:00:00Z') },
      { month: '2025-10', from: new Date('2025-09-30T23:00:00Z'), to: new Date('2025-11-01T00:00:00Z') },
      { month: '2025-11', from: new Date('2025-11-01T00:00:00Z'), to: new Date('2025-12-01T00:00:00Z') },
    ]);
  });

  it('given a period inside one month, or across a new year, then those months only', () => {
    expect(londonMonthsOf(periodOf('2025-10-01T10:00:00Z', '2025-10-01T11:00:00Z')).map((m) => m.month)).toEqual(['2025-10']);
    expect(londonMonthsOf(periodOf('2025-12-31', '2026-01-01')).map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });
});
