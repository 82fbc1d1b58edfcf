import { Clock } from '@homeward/contracts';
import { validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OpenTaskStatuses } from '../../tasks/task.entity';
import { compliantSql } from '../compliance-rule';
import { ComplianceFiguresQuery } from './compliance-figures.query';
import { ComplianceFigures, Figure, PeriodFigures, ResponsibilityFigures, ReturnInterviewsByResponsibility } from './compliance-figures.view';
import { londonMonthsOf, Period, periodOf } from './london-period';

const MEETINGS = ['MULTI_AGENCY_MEETING', 'STRATEGY_DISCUSSION'];
const COMPLIANT = compliantSql();
/** The RHI counts, written once for the whole and for ours / placed here ($3 open statuses, $4 now). */
const RHI_COUNTS = `
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW')::int AS rhi,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND ${COMPLIANT})::int AS offered,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'HELD' AND (outcome->>'heldAt')::timestamptz <= due_at)::int AS held,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'DECLINED')::int AS declined,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND outcome->>'result' = 'NOT_OFFERED')::int AS not_offered,
         count(*) FILTER (WHERE type = 'RETURN_INTERVIEW' AND status = ANY($3) AND due_at < $4)::int AS rhi_overdue`;
/** "Ours": this authority responsible, or none given (a child not looked after is the home authority's); $5 the home code. */
const OURS = `(responsible_authority IS NULL OR upper(btrim(responsible_authority)) = upper(btrim($5)))`;
const percentOf = (total: number) => (count: number): Figure => ({ count, percent: total === 0 ? null : Math.round((1000 * count) / total) / 10 });
const rhiFigures = (c: Record<string, number>): ResponsibilityFigures => {
  const rhi = percentOf(c.rhi);
  return { total: c.rhi, offeredWithin72h: rhi(c.offered), heldWithin72h: rhi(c.held), declined: rhi(c.declined), notOffered: rhi(c.not_offered), overdueNow: rhi(c.rhi_overdue) };
};
const NO_RHIS = { rhi: 0, offered: 0, held: 0, declined: 0, not_offered: 0, rhi_overdue: 0 };

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
    const [whole, ...byMonth] = await Promise.all([this.figuresFor(period, now, query.homeAuthority), ...months.map((m) => this.figuresFor(m, now, query.homeAuthority))]);
    return { ...whole, byMonth: byMonth.map((figures, i) => ({ month: months[i].month, ...figures })) };
  }

  private async figuresFor({ from, to }: Period, now: Date, homeAuthority?: string): Promise<PeriodFigures> {
    const period = `anchor_at >= $1 AND anchor_at < $2 AND status NOT IN ('SUPERSEDED', 'CANCELLED')`;
    const [c] = (await this.dataSource.query(
      `SELECT
         ${RHI_COUNTS},
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
    const meeting = percentOf(c.meetings);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      returnInterviews: { ...rhiFigures(c), notOfferedByReason: Object.fromEntries(reasons.map((r) => [r.reason, r.n])) },
      meetings: { total: c.meetings, heldByDeadline: meeting(c.meetings_held), overdueNow: meeting(c.meetings_overdue) },
      ...(homeAuthority !== undefined && { returnInterviewsByResponsibility: await this.byResponsibility({ from, to }, now, homeAuthority) }),
    };
  }

  /** The same RHI counts, ours and placed here apart, in one grouped statement. */
  private async byResponsibility({ from, to }: Period, now: Date, homeAuthority: string): Promise<ReturnInterviewsByResponsibility> {
    const rows = (await this.dataSource.query(
      `SELECT ${OURS} AS ours, ${RHI_COUNTS} FROM tasks
        WHERE anchor_at >= $1 AND anchor_at < $2 AND status NOT IN ('SUPERSEDED', 'CANCELLED') AND type = 'RETURN_INTERVIEW' GROUP BY 1`,
      [from, to, OpenTaskStatuses, now, homeAuthority],
    )) as (Record<string, number> & { ours: boolean })[];
    const side = (ours: boolean) => rhiFigures(rows.find((r) => r.ours === ours) ?? NO_RHIS);
    return { ours: side(true), placedHere: side(false) };
  }
}
