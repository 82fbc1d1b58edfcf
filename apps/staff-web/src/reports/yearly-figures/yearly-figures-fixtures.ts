/** Test-only: the three services' answers for 2026 in their real shapes (imported by specs only). */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRoutes } from '@homeward/testing';
import type { ComplianceFiguresByResponsibility, ResponsibilityFigures } from '../../data/compliance-tracker.types';
import type { CmeFigures } from '../../data/education-referrals.types';
import type { YearlyCounts, YearlyFigures } from '../../data/protocol-engine.types';

const MONTHS = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03'];
const counts = (n: number, repeats = 0): YearlyCounts => ({ notifications: 3 * n, episodes: n, children: Math.max(n - repeats, 0), repeatEpisodes: repeats, repeatChildren: repeats ? 1 : 0 });

/** Quiet in August; repeats in May, October and March. */
export function yearlyCounts(): YearlyFigures {
  const byMonth = MONTHS.map((month, i) => ({ month, ...counts(month === '2026-08' ? 0 : 4 + (i % 3), ['2026-05', '2026-10', '2027-03'].includes(month) ? 1 : 0) }));
  return {
    year: 2026,
    start: '2026-04-01',
    end: '2027-03-31',
    asOf: '2027-04-20T09:00:00.000Z',
    homeAuthority: 'E10000024',
    total: { notifications: 165, episodes: 55, children: 31, repeatEpisodes: 3, repeatChildren: 2 },
    byMonth,
    byForce: [
      { force: 'NOTTS', notifications: 120, episodes: 40, children: 24, repeatEpisodes: 2, repeatChildren: 1 },
      { force: 'WYP', notifications: 45, episodes: 15, children: 9, repeatEpisodes: 1, repeatChildren: 1 },
    ],
  };
}

const rhi = (total: number, offered: number, held: number): ResponsibilityFigures => {
  const of = (count: number) => ({ count, percent: total === 0 ? null : Math.round((1000 * count) / total) / 10 });
  return { total, offeredWithin72h: of(offered), heldWithin72h: of(held), declined: of(offered - held), notOffered: of(total - offered), overdueNow: of(0) };
};

/** Ours improve through the year; placed here had none due in August or September. */
export function complianceByResponsibility(): ComplianceFiguresByResponsibility {
  const month = (m: string, i: number) => ({
    ours: rhi(4, Math.min(2 + Math.floor(i / 3), 4), Math.min(1 + Math.floor(i / 3), 4)),
    placedHere: ['2026-08', '2026-09'].includes(m) ? rhi(0, 0, 0) : rhi(2, 1, 1),
  });
  const empty = { declined: { count: 0, percent: null }, notOfferedByReason: {} };
  const period = (split: ReturnType<typeof month>) => ({
    from: '', to: '',
    returnInterviews: { ...split.ours, ...empty },
    meetings: { total: 0, heldByDeadline: { count: 0, percent: null }, overdueNow: { count: 0, percent: null } },
    returnInterviewsByResponsibility: split,
  });
  return { ...period({ ours: rhi(48, 33, 21), placedHere: rhi(20, 10, 10) }), byMonth: MONTHS.map((m, i) => ({ month: m, ...period(month(m, i)) })) };
}

export function cmeFigures(): CmeFigures {
  return { from: '2026-04-01', to: '2027-03-31', referrals: 9, referralsBySource: [{ key: 'SCHOOL_ABSENCE_NOTICE', count: 5 }, { key: 'SCHOOL_DELETION_RETURN', count: 3 }, { key: 'POLICE', count: 1 }] };
}

export const yearlyFiguresRoutes = (): { protocolEngine: StubRoutes; directory: StubRoutes; educationReferrals: StubRoutes } => ({
  protocolEngine: { 'GET /v1/reports/yearly-figures': () => ({ body: yearlyCounts() }) },
  directory: { 'GET /v1/compliance': () => ({ body: complianceByResponsibility() }) },
  educationReferrals: { 'GET /v1/cme-figures': () => ({ body: cmeFigures() }) },
});
