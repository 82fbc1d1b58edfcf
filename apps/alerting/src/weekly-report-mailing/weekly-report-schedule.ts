import { Injectable } from '@nestjs/common';
import { AlertingConfig } from '../alerting.config';
import { mailingTime, nextMailingAfter, type WeeklyMailing } from './mailing-schedule';

/** The configured schedule: who is mailed, and the mailing after a given instant. */
@Injectable()
export class WeeklyReportSchedule {
  constructor(private readonly config: AlertingConfig) {}

  /** No recipients: the schedule is off. */
  get recipients(): readonly string[] {
    return this.config.weeklyReportRecipients;
  }

  nextAfter(instant: Date): WeeklyMailing {
    return nextMailingAfter(instant, mailingTime(this.config.weeklyReportDay, this.config.weeklyReportTime));
  }
}
