import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { WeeklyReportSchedule } from '../weekly-report-schedule';
import { weeklyMailingWakeUp } from '../weekly-report-wake-up';
import { ScheduleWeeklyReportMailingCommand } from './schedule-weekly-report-mailing.command';

/**
 * Schedules the next weekly mailing after now, unless no recipients are configured (then the
 * schedule is off and nothing is scheduled). Every instance does it at every start: the wake-up's
 * identity is the week and its time, so all of them together schedule it once. One that fell due
 * while the service was down is still in the table, and the sweep at start-up fires it.
 */
@Injectable()
export class ScheduleWeeklyReportMailing {
  private readonly logger = new Logger('ScheduleWeeklyReportMailing');

  constructor(
    private readonly schedule: WeeklyReportSchedule,
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly clock: Clock,
  ) {}

  async execute(command: ScheduleWeeklyReportMailingCommand): Promise<void> {
    if (this.schedule.recipients.length === 0) return this.logger.log({ reason: command.reason }, 'weekly report mailing off: WEEKLY_REPORT_RECIPIENTS is empty');
    const next = this.schedule.nextAfter(this.clock.now());
    await this.unitOfWork.run((em) => this.wakeUps.schedule(em, weeklyMailingWakeUp(next)));
    this.logger.log({ reason: command.reason, week: next.week, dueAt: next.dueAt.toISOString() }, 'weekly report mailing scheduled');
  }
}
