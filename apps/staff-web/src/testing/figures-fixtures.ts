/** Test-only: compliance-tracker's GET /v1/compliance answer (its ComplianceFigures shape) for any period of London dates. */
import type { ComplianceFigures, Figure, PeriodFigures } from '../data/compliance-tracker.types';
import { addToDate, parseIsoDate, startOfLondonDay } from '../web/london-calendar';

const of = (total: number) => (count: number): Figure => ({ count, percent: total === 0 ? null : Math.round((1000 * count) / total) / 10 });

function figures(from: Date, to: Date, rhi: number, offered: number, held: number, notOffered: number, meetings: number): PeriodFigures {
  const r = of(rhi);
  const m = of(meetings);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    returnInterviews: {
      total: rhi,
      offeredWithin72h: r(offered),
      heldWithin72h: r(held),
      declined: r(rhi > 3 ? 1 : 0),
      notOffered: r(notOffered),
      notOfferedByReason: notOffered ? { CHILD_IN_CUSTODY: notOffered } : {},
      overdueNow: r(rhi - offered - notOffered > 0 ? 1 : 0),
    },
    meetings: { total: meetings, heldByDeadline: m(Math.max(meetings - 1, 0)), overdueNow: m(0) },
  };
}

/**
 * Figures for `from`..`to` (YYYY-MM-DD, both included): each month's numbers vary with its
 * position, and `emptyMonths` (YYYY-MM) had no work at all.
 */
export function complianceFiguresFor(fromIso: string, toIso: string, options: { emptyMonths?: string[] } = {}): ComplianceFigures {
  const [first, last] = [parseIsoDate(fromIso)!, parseIsoDate(toIso)!];
  const periodFrom = startOfLondonDay(first);
  const periodTo = startOfLondonDay(addToDate(last, { days: 1 }));
  const byMonth: ComplianceFigures['byMonth'] = [];
  for (let i = 0; ; i++) {
    const start = addToDate({ ...first, day: 1 }, { months: i });
    const monthStart = startOfLondonDay(start);
    if (monthStart >= periodTo) break;
    const monthEnd = startOfLondonDay(addToDate(start, { months: 1 }));
    const month = `${start.year}-${String(start.month).padStart(2, '0')}`;
    const rhi = options.emptyMonths?.includes(month) ? 0 : 6 + (i % 5);
    const offered = Math.max(rhi - 1 - (i % 3), 0);
    byMonth.push({
      month,
      ...figures(monthStart < periodFrom ? periodFrom : monthStart, monthEnd > periodTo ? periodTo : monthEnd, rhi, offered, Math.max(offered - 2, 0), rhi ? 1 : 0, rhi ? 1 + (i % 2) : 0),
    });
  }
  const sum = (pick: (m: PeriodFigures) => number) => byMonth.reduce((n, m) => n + pick(m), 0);
  const whole = figures(
    periodFrom,
    periodTo,
    sum((m) => m.returnInterviews.total),
    sum((m) => m.returnInterviews.offeredWithin72h.count),
    sum((m) => m.returnInterviews.heldWithin72h.count),
    sum((m) => m.returnInterviews.notOffered.count),
    sum((m) => m.meetings.total),
  );
  return { ...whole, byMonth };
}
