import { chosenWeek, currentMonday, weekLabel, weeksOffered } from './report-week';

describe('the week the weekly looked-after report shows', () => {
  it('given Sunday 23:30 UTC in summer, it is already Monday in London: that Monday starts the current week', () => {
    expect(currentMonday(new Date('2026-07-05T23:30:00Z'))).toBe('2026-07-06');
    expect(currentMonday(new Date('2026-12-03T15:00:00Z'))).toBe('2026-11-30');
  });

  it('given no week, a day that is not a Monday, or a future week, it is last week (what the Monday e-mail links to)', () => {
    const now = new Date('2026-12-03T15:00:00Z');
    expect(chosenWeek(undefined, now)).toBe('2026-11-23');
    expect(chosenWeek('2026-11-24', now)).toBe('2026-11-23');
    expect(chosenWeek('2026-12-07', now)).toBe('2026-11-23');
    expect(chosenWeek('2026-11-30', now)).toBe('2026-11-30');
    expect(chosenWeek('2025-01-06', now)).toBe('2025-01-06');
  });

  it('names a week by its days, with the year once unless it spans two', () => {
    expect(weekLabel('2026-11-23')).toBe('Monday 23 November to Sunday 29 November 2026');
    expect(weekLabel('2026-12-28')).toBe('Monday 28 December 2026 to Sunday 3 January 2027');
  });

  it('offers this week so far and the twelve before, and an older chosen one', () => {
    const weeks = weeksOffered(new Date('2026-12-03T15:00:00Z'), '2025-01-06');
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toEqual({ value: '2026-11-30', text: 'Monday 30 November to Sunday 6 December 2026 (so far)', selected: false });
    expect(weeks.at(-1)).toMatchObject({ value: '2025-01-06', selected: true });
  });
});
