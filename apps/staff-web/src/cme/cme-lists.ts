import type { CmeCaseListQuery } from '../data/education-referrals.types';

/**
 * The CME lists staff work from: the cases open now, those closed, and the lost pupils (closed
 * as whereabouts unknown, their lost CTF on the DfE's lost pupils database; the search goes on).
 */
export interface CmeList {
  view: 'open' | 'closed' | 'lost';
  tab: string;
  /** What the table's caption and the empty message call its cases. */
  inWords: string;
  query: CmeCaseListQuery;
}

export const CME_LISTS: readonly CmeList[] = [
  { view: 'open', tab: 'Open cases', inWords: 'open CME cases', query: { status: 'OPEN' } },
  { view: 'closed', tab: 'Closed cases', inWords: 'closed CME cases', query: { status: 'CLOSED' } },
  { view: 'lost', tab: 'Lost pupils', inWords: 'lost pupils (whereabouts unknown)', query: { outcome: 'WHEREABOUTS_UNKNOWN' } },
];

/** `?view=` as a list: anything else is the open cases, where the navigation opens. */
export function cmeListOf(view: unknown): CmeList {
  return CME_LISTS.find((l) => l.view === view) ?? CME_LISTS[0];
}

export const cmeCaseHref = (id: string) => `/cme/${id}`;
