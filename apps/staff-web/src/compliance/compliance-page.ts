import type { ComplianceFigures, Figure, PeriodFigures } from '../data/compliance-tracker.types';
import { londonDate } from '../web/date-filters';
import { isoDate, startOfLondonDay } from '../web/london-calendar';
import type { DatePeriod } from '../web/period-input';

/** What the page shows of the Board's figures: pure, from compliance-tracker's answer. */

export const NOT_OFFERED_REASONS: Record<string, string> = {
  CHILD_IN_CUSTODY: 'Child in custody',
  MOVED_OUT_OF_AREA: 'Moved out of the area',
  PLACING_AUTHORITY_RESPONSIBLE: 'The placing authority is responsible',
  MISSING_AGAIN: 'Missing again',
  OTHER_AGENCY_ENGAGED: 'Another agency is working with the child',
  OTHER: 'Another reason',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 (80%)", "1 (33.3%)", "0" when nothing was due; kept on one line (a no-break space). */
export function figureText(figure: Figure): string {
  return figure.percent === null ? String(figure.count) : `${figure.count}\u00a0(${figure.percent}%)`;
}

/** "March 2026", or "1 to 15 March 2026" for a month the period cuts. */
export function monthLabel(month: PeriodFigures & { month: string }): string {
  const [year, m] = month.month.split('-').map(Number);
  const whole = MONTHS[m - 1] + ` ${year}`;
  const start = startOfLondonDay({ year, month: m, day: 1 }).getTime();
  const end = startOfLondonDay({ year: m === 12 ? year + 1 : year, month: m === 12 ? 1 : m + 1, day: 1 }).getTime();
  const [from, to] = [Date.parse(month.from), Date.parse(month.to)];
  if (from <= start && to >= end) return whole;
  const firstDay = londonDate(new Date(from)).split(' ')[0];
  const lastDay = londonDate(new Date(to - 1)).split(' ')[0];
  return firstDay === lastDay ? `${firstDay} ${whole}` : `${firstDay} to ${lastDay} ${whole}`;
}

export interface MonthRow {
  label: string;
  rhiDue: number;
  offered: string;
  held: string;
  declined: string;
  notOffered: string;
  overdueNow: string;
  meetings: number;
  meetingsHeld: string;
  /** For the chart: percentages, null when no interviews were due. */
  chart: { offered: number | null; held: number | null };
}

export interface CompliancePageModel {
  periodText: string;
  period: { from: string; to: string };
  returnInterviews: { label: string; value: string }[];
  notOfferedReasons: { label: string; count: number }[];
  meetings: { label: string; value: string }[];
  months: MonthRow[];
}

export function complianceModel(figures: ComplianceFigures, period: DatePeriod): CompliancePageModel {
  const rhi = figures.returnInterviews;
  const meetings = figures.meetings;
  return {
    periodText: `${londonDate(isoDate(period.from))} to ${londonDate(isoDate(period.to))}`,
    period: { from: isoDate(period.from), to: isoDate(period.to) },
    returnInterviews: [
      { label: 'Due', value: String(rhi.total) },
      { label: 'Offered within 72 hours', value: figureText(rhi.offeredWithin72h) },
      { label: 'Held within 72 hours', value: figureText(rhi.heldWithin72h) },
      { label: 'Declined', value: figureText(rhi.declined) },
      { label: 'Not offered', value: figureText(rhi.notOffered) },
      { label: 'Overdue now (still open)', value: figureText(rhi.overdueNow) },
    ],
    notOfferedReasons: Object.entries(rhi.notOfferedByReason).map(([reason, count]) => ({ label: NOT_OFFERED_REASONS[reason] ?? reason, count })),
    meetings: [
      { label: 'Due', value: String(meetings.total) },
      { label: 'Held by their deadline', value: figureText(meetings.heldByDeadline) },
      { label: 'Overdue now (still open)', value: figureText(meetings.overdueNow) },
    ],
    months: figures.byMonth.map((m) => ({
      label: monthLabel(m),
      rhiDue: m.returnInterviews.total,
      offered: figureText(m.returnInterviews.offeredWithin72h),
      held: figureText(m.returnInterviews.heldWithin72h),
      declined: figureText(m.returnInterviews.declined),
      notOffered: figureText(m.returnInterviews.notOffered),
      overdueNow: figureText(m.returnInterviews.overdueNow),
      meetings: m.meetings.total,
      meetingsHeld: figureText(m.meetings.heldByDeadline),
      chart: { offered: m.returnInterviews.offeredWithin72h.percent, held: m.returnInterviews.heldWithin72h.percent },
    })),
  };
}
