import { collectionYear } from '../ssda903-return/collection-year';
import { monthsOf, yearInstants, yearlyFiguresOf, type YearlyFiguresRow } from './yearly-figures-rows';

const row = (by: YearlyFiguresRow['by'], key: string, n: number): YearlyFiguresRow => ({ by, key, notifications: n, episodes: n, children: n, repeatEpisodes: 0, repeatChildren: 0 });

describe('yearly figures: the year laid out for a board', () => {
  it('given 2026, the year runs from London midnight 1 April 2026 (23:00 UTC, BST) to London midnight 1 April 2027', () => {
    const { from, to } = yearInstants(collectionYear(2026));
    expect([from.toISOString(), to.toISOString()]).toEqual(['2026-03-31T23:00:00.000Z', '2027-03-31T23:00:00.000Z']);
  });

  it('given a year, its months are April to March', () => {
    expect(monthsOf(collectionYear(2026))).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
  });

  it('given rows for two months and two forces, every month is there (quiet ones 0) and forces are in order', () => {
    const figures = yearlyFiguresOf([row('FORCE', 'WYP', 1), row('MONTH', '2026-05', 2), row('YEAR', '', 3), row('FORCE', 'NOTTS', 2), row('MONTH', '2027-03', 1)], collectionYear(2026));
    expect(figures.total.notifications).toBe(3);
    expect(figures.byMonth).toHaveLength(12);
    expect(figures.byMonth.map((m) => m.notifications)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(figures.byForce.map((f) => [f.force, f.episodes])).toEqual([['NOTTS', 2], ['WYP', 1]]);
  });

  it('given no rows at all, the year is zeros', () => {
    expect(yearlyFiguresOf([], collectionYear(2026)).total).toEqual({ notifications: 0, episodes: 0, children: 0, repeatEpisodes: 0, repeatChildren: 0 });
  });
});
