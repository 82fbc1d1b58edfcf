import { londonWallTimeToInstant } from '@homeward/deadlines';
import type { CollectionYear } from '../ssda903-return/collection-year';

/** The counts of one month, one force or the whole year, as the query groups them. */
export interface YearlyCounts {
  notifications: number;
  episodes: number;
  children: number;
  /** Episodes of a child already missing before in the year (its 2nd, 3rd… episode starting in the year). */
  repeatEpisodes: number;
  /** Children with such an episode: over the whole year, the children with 2 or more episodes in it. */
  repeatChildren: number;
}

/** One grouped row of YEARLY_FIGURES_SQL: `by` says which grouping, `key` the month (YYYY-MM) or force. */
export interface YearlyFiguresRow extends YearlyCounts {
  by: 'YEAR' | 'MONTH' | 'FORCE';
  key: string;
}

export interface YearlyFigures {
  total: YearlyCounts;
  byMonth: (YearlyCounts & { month: string })[];
  byForce: (YearlyCounts & { force: string })[];
}

const NONE: YearlyCounts = { notifications: 0, episodes: 0, children: 0, repeatEpisodes: 0, repeatChildren: 0 };

/** The instants the year runs between: London midnight on 1 April to London midnight on the next 1 April (BST both ends). */
export function yearInstants(year: CollectionYear): { from: Date; to: Date } {
  const midnight = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };
  return {
    from: londonWallTimeToInstant({ year: year.year, month: 4, day: 1 }, midnight),
    to: londonWallTimeToInstant({ year: year.year + 1, month: 4, day: 1 }, midnight),
  };
}

/** April to March, YYYY-MM. */
export function monthsOf(year: CollectionYear): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((i + 3) % 12) + 1;
    return `${i < 9 ? year.year : year.year + 1}-${String(month).padStart(2, '0')}`;
  });
}

const countsOf = (row: YearlyFiguresRow | undefined): YearlyCounts =>
  row ? { notifications: row.notifications, episodes: row.episodes, children: row.children, repeatEpisodes: row.repeatEpisodes, repeatChildren: row.repeatChildren } : { ...NONE };

/** The query's grouped rows laid out for a board: every month of the year (a quiet month shows 0), forces by name. */
export function yearlyFiguresOf(rows: YearlyFiguresRow[], year: CollectionYear): YearlyFigures {
  const find = (by: YearlyFiguresRow['by'], key: string) => rows.find((r) => r.by === by && r.key === key);
  return {
    total: countsOf(find('YEAR', '')),
    byMonth: monthsOf(year).map((month) => ({ month, ...countsOf(find('MONTH', month)) })),
    byForce: rows
      .filter((r) => r.by === 'FORCE')
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((r) => ({ force: r.key, ...countsOf(r) })),
  };
}
