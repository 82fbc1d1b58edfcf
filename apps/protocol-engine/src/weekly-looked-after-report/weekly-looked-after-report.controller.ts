import { CurrentStaff, Roles, StaffEndpoint, type StaffIdentity } from '@homeward/platform';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GetWeeklyReport, weeklyReportWeek } from './get-weekly-report';
import { WeeklyReportQuery, WeeklyReportView } from './weekly-report.views';

/** The weekly looked-after children's missing report, for senior managers and the Director. */
@ApiTags('reports')
@StaffEndpoint()
@Controller('v1/reports')
export class WeeklyLookedAfterReportController {
  constructor(private readonly getWeeklyReport: GetWeeklyReport) {}

  @Get('weekly-looked-after')
  @Roles('CMO', 'MANAGER', 'READ_ONLY')
  @ApiOkResponse({
    type: WeeklyReportView,
    description: "Every looked-after child's episode missing at any time in the week (Monday to Sunday, London dates): ours wherever placed, and those placed here by others (CMO, MANAGER or READ_ONLY; each child read is recorded). RHIs and open actions: compliance-tracker's /v1/episode-work",
  })
  @ApiBadRequestResponse({ description: 'problems: week is not a Monday (YYYY-MM-DD)' })
  get(@Query() query: WeeklyReportQuery, @CurrentStaff() staff: StaffIdentity): Promise<WeeklyReportView> {
    return this.getWeeklyReport.execute({ staff, week: weeklyReportWeek(query.week) });
  }
}
