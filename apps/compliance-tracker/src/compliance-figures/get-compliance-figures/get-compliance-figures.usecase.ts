import { Clock } from '@homeward/contracts';
import { validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OpenTaskStatuses } from '../../tasks/task.entity';
import { compliantSql } from '../compliance-rule';
import { ComplianceFiguresQuery } from './compliance-figures.query';
import { ComplianceFigures, Figure, PeriodFigures } from './compliance-figures.view';
import { londonMonthsOf, Period, periodOf } from './london-period';

const MEETINGS = ['MULTI_AGENCY_MEETING', 'STRATEGY_DISCUSSION'];
const COMPLIANT = compliantSql();
/** Ten years of months is as much as a Board report reads; longer would be hundreds of queries. */
const MAX_MONTHS = 120;

/** The figures the CMO reports to the Safeguarding Board, for work counted from a period, and for each London month in it. */
@Injectable()
export class GetComplianceFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(query: ComplianceFiguresQuery): Promise<ComplianceFigures> {
    const period = periodOf(query.from, query.to);
    if (period.from >= period.to) throw validationFailed([{ field: 'to', reason: 'to must be after from' }]);
    const months = londonMonthsOf(period);
    if (months.length > MAX_MONTHS) throw validationFailed([{ field: 'to', reason: `the period may cover at most ${MAX_MONTHS} months` }]);
    const now = this.clock.now();
    // The same counting for the whole and for each month: the Board's rule is written once, below.
    const [whole, ...byMonth] = await Promise.all([this.figuresFor(period, now), ...months.map((m) => this.figuresFor(m, now))]);
    return { ...whole, byMonth: byMonth.map((figures, i) => ({ month: months[i].month, ...figures })) };
  }

  private async figuresFor({ from, to }: Period, now: Date): Promise<PeriodFigures> {
    const period = `anchor_at >= $1 AND anchor_at < $2 AND status NOT IN ('SUPERSEDED', 'CANCELLED')`;
    const [c] = (await this.dataSource.query(
      `SELECT
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW')::int AS rhi,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND ${COMPLIANT})::int AS offered,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'HELD' AND (outcome->>'heldAt')::timestamptz <= due_at)::int AS held,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'DECLINED')::int AS declined,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'NOT_OFFERED')::int AS not_offered,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND status = ANY($3) AND due_at < $4)::int AS rhi_overdue,
         count(*) FILTER (WHERE type = ANY($5))::int AS meetings,
         count(*) FILTER (WHERE type = ANY($5) AND ${COMPLIANT})::int AS meetings_held,
         count(*) FILTER (WHERE type = ANY($5) AND status = ANY($3) AND due_at < $4)::int AS meetings_overdue
       FROM tasks WHERE ${period}`,
      [from, to, OpenTaskStatuses, now, MEETINGS],
    )) as Record<string, number>[];
    const reasons = (await this.dataSource.query(
      `SELECT outcome->>'notOfferedReason' AS reason, count(*)::int AS n FROM tasks
        WHERE ${period} AND type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'NOT_OFFERED' GROUP BY 1 ORDER BY 1`,
      [from, to],
    )) as { reason: string; n: number }[];
    const of = (total: number) => (count: number): Figure => ({ count, percent: total === 0 ? null : Math.round((1000 * count) / total) / 10 });
    const rhi = of(c.rhi);
    const meeting = of(c.meetings);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      returnInterviews: {
        total: c.rhi,
        offeredWithin72h: rhi(c.offered),
        heldWithin72h: rhi(c.held),
        declined: rhi(c.declined),
        notOffered: rhi(c.not_offered),
        notOfferedByReason: Object.fromEntries(reasons.map((r) => [r.reason, r.n])),
        overdueNow: rhi(c.rhi_overdue),
      },
      meetings: { total: c.meetings, heldByDeadline: meeting(c.meetings_held), overdueNow: meeting(c.meetings_overdue) },
    };
  }
}
