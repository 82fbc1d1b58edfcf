import { chosenYear, collectionYearAt, yearLabel, yearsOffered } from './ssda903-year';

describe('the collection year staff-web offers', () => {
  it('given 23:30 UTC on 31 March 2026 (00:30 BST on 1 April), the current year is 2026; an hour before, 2025', () => {
    expect(collectionYearAt(new Date('2026-03-31T23:30:00Z'))).toBe(2026);
    expect(collectionYearAt(new Date('2026-03-31T22:30:00Z'))).toBe(2025);
  });

  it('given ?year=, it is taken when a past or the current year, else the current one', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(chosenYear('2025', now)).toBe(2025);
    expect(chosenYear('2027', now)).toBe(2026);
    expect(chosenYear('26', now)).toBe(2026);
    expect(chosenYear(undefined, now)).toBe(2026);
    expect(yearsOffered(now)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearLabel(2026)).toBe('2026 to 2027');
  });
});
