import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../../auth/session-user';
import { ComplianceTrackerClient } from '../../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../../data/protocol-engine.client';
import type { WeeklyLookedAfterReport } from '../../../data/protocol-engine.types';
import { chosenWeek, weekLabel, weeksOffered } from '../report-week';
import { episodeIdsOf, joinWork, type WeeklyReportRows } from '../weekly-rows';

export interface WeeklyLookedAfterPage extends WeeklyReportRows {
  week: string;
  weekLabel: string;
  weeks: { value: string; text: string; selected: boolean }[];
  report: WeeklyLookedAfterReport;
  downloadHref: string;
}

/** The chosen week's report: protocol-engine's episodes (each child read recorded there) joined to compliance-tracker's RHIs and open work. */
@Injectable()
export class ShowWeeklyLookedAfter {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly complianceTracker: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; week: unknown }): Promise<WeeklyLookedAfterPage> {
    const now = this.clock.now();
    const week = chosenWeek(input.week, now);
    const report = await this.protocolEngine.weeklyLookedAfterReport(input.user.token, week);
    const work = await this.complianceTracker.episodeWork(input.user.token, episodeIdsOf(report));
    return {
      ...joinWork(report, work),
      week,
      weekLabel: weekLabel(week),
      weeks: weeksOffered(now, week),
      report,
      downloadHref: `/reports/weekly-looked-after.csv?week=${week}`,
    };
  }
}
