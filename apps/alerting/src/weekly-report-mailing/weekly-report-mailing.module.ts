import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { MailWeeklyReport, WeeklyReportMailingWakeUpHandler } from './mail-weekly-report';
import { ScheduleWeeklyReportMailing, WeeklyReportMailingStarter } from './schedule-weekly-report-mailing';
import { WeeklyReportMailings } from './weekly-report-mailings';
import { WeeklyReportSchedule } from './weekly-report-schedule';

/** The weekly looked-after report's link, e-mailed to the configured list each week; delivered as alerts' e-mails are. */
@Module({
  imports: [WakeUpsModule],
  providers: [WeeklyReportSchedule, WeeklyReportMailings, MailWeeklyReport, WeeklyReportMailingWakeUpHandler, ScheduleWeeklyReportMailing, WeeklyReportMailingStarter],
})
export class WeeklyReportMailingModule {}
