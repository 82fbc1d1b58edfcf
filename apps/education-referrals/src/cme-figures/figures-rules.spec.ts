import { daysBetween, median } from './figures-rules';

describe('CME figures arithmetic', () => {
  it('given an odd or even count, the median is the middle or the mean of the two middles; none is null', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts calendar days across a clock change without losing or gaining one', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-11-02')).toBe(0);
  });
});
