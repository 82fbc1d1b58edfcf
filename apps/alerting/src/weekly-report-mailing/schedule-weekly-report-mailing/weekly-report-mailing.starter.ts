import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleWeeklyReportMailingCommand } from './schedule-weekly-report-mailing.command';
import { ScheduleWeeklyReportMailing } from './schedule-weekly-report-mailing.usecase';

/** Start-up in: puts the next weekly mailing on the calendar. */
@Injectable()
export class WeeklyReportMailingStarter implements OnApplicationBootstrap {
  constructor(private readonly schedule: ScheduleWeeklyReportMailing) {}

  onApplicationBootstrap(): Promise<void> {
    return this.schedule.execute(ScheduleWeeklyReportMailingCommand.create());
  }
}
