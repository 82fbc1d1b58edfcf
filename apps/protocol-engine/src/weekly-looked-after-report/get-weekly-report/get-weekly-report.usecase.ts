import { Clock, type RiskLevel } from '@homeward/contracts';
import { type StaffIdentity, validationFailed } from '@homeward/platform';
import { repeatWindowDays } from '@homeward/protocol';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { ActiveProtocol } from '../../protocol-versions/active-protocol';
import { RecordViews } from '../../record-views/record-views';
import { calendarDay, isMonday, londonWeek } from '../london-week';
import type { WeeklyReportView } from '../weekly-report.views';
import { weeklyReportRows, type NoticeWithProvider, type WeekEpisode } from '../weekly-rows';
import { WEEK_EPISODES_SQL } from './week-episodes.query';

export interface GetWeeklyReportQuery {
  staff: StaffIdentity;
  /** The week's Monday, YYYY-MM-DD (see weeklyReportWeek). */
  week: string;
}

/** `?week=` as a Monday: a 400 naming the field otherwise. */
export function weeklyReportWeek(text: unknown): string {
  const day = calendarDay(text);
  if (day === null || !isMonday(day)) throw validationFailed([{ field: 'week', reason: 'week must be the Monday the week starts on, YYYY-MM-DD (London dates, Monday to Sunday)' }]);
  return day;
}

type JsonRow = Omit<WeekEpisode, 'gradings' | 'notices'> & {
  gradings: { at: string; riskLevel: RiskLevel }[];
  notices: (Omit<NoticeWithProvider, 'receivedAt' | 'recordedAt'> & { receivedAt: string; recordedAt: string })[];
};

/**
 * The weekly looked-after children's missing report (Bradford's): every episode of a looked-after
 * child missing at any time in a Monday-to-Sunday London week, ours wherever placed and those
 * placed here by others. Each child in it is recorded as viewed (REPORT) before the answer leaves.
 */
@Injectable()
export class GetWeeklyReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
    private readonly protocol: ActiveProtocol,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
  ) {}

  async execute(query: GetWeeklyReportQuery): Promise<WeeklyReportView> {
    const week = londonWeek(query.week);
    const now = this.clock.now();
    const { profile } = await this.protocol.at(now);
    const windowDays = repeatWindowDays(profile);
    const found: JsonRow[] = await this.dataSource.query(WEEK_EPISODES_SQL, [week.from, week.to, windowDays]);
    // json_agg gives instants as text.
    const episodes: WeekEpisode[] = found.map((e) => ({
      ...e,
      gradings: e.gradings.map((g) => ({ at: new Date(g.at), riskLevel: g.riskLevel })),
      notices: e.notices.map((n) => ({ ...n, receivedAt: new Date(n.receivedAt), recordedAt: new Date(n.recordedAt) })),
    }));
    const rows = weeklyReportRows(episodes, { week, now, homeAuthority: this.config.homeAuthorityCode, homeForces: this.config.homeForces, profile });
    await this.views.record(query.staff, episodes.map((e) => e.childId), 'REPORT');
    return { weekStart: week.start, weekEnd: week.end, from: week.from, to: week.to, asOf: now, homeAuthority: this.config.homeAuthorityCode, repeatWindowDays: windowDays, ...rows };
  }
}
