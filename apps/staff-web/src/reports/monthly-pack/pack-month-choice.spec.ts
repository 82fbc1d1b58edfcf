import { chosenMonth, monthLabel, monthsOffered } from './pack-month-choice';

describe('the month a pack is shown for', () => {
  const now = new Date('2026-12-03T10:00:00Z');

  it('given no month, then last month (the meeting early in December reviews November)', () => {
    expect(chosenMonth(undefined, now)).toBe('2026-11');
  });

  it('given 23:30 UTC on 31 July (already 1 August in London), then July is last month', () => {
    expect(chosenMonth(undefined, new Date('2026-07-31T23:30:00Z'))).toBe('2026-07');
  });

  it('given an offered month, then that month; one out of range or malformed, then last month', () => {
    expect(chosenMonth('2026-01', now)).toBe('2026-01');
    expect(chosenMonth('2025-11', now)).toBe('2026-11');
    expect(chosenMonth('2027-01', now)).toBe('2026-11');
    expect(chosenMonth(['2026-01'], now)).toBe('2026-11');
  });

  it('given December, then thirteen months back to last December, across the year', () => {
    expect(monthsOffered(now)).toEqual(['2026-12', '2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01', '2025-12']);
    expect(monthLabel('2026-11')).toBe('November 2026');
  });
});
