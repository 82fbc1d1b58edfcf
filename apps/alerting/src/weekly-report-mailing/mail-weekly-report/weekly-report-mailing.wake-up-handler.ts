import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { AlertingConfig } from '../../alerting.config';
import { WEEKLY_REPORT_MAILING } from '../weekly-report-wake-up';
import { MailWeeklyReportCommand } from './mail-weekly-report.command';
import { MailWeeklyReport } from './mail-weekly-report.usecase';

/** Wake-up in: a week's mailing falling due becomes a command. */
@Injectable()
export class WeeklyReportMailingWakeUpHandler implements OnApplicationBootstrap {
  /** Exposed so a test can kill it mid-work, as a crash would. */
  worker: Worker;

  constructor(
    private readonly wakeUps: WakeUps,
    private readonly config: AlertingConfig,
    private readonly mail: MailWeeklyReport,
  ) {}

  onApplicationBootstrap(): void {
    // Its e-mails' own lock settings: a worker that dies mid-mailing is taken over as a delivery's is.
    this.worker = this.wakeUps.onDue(WEEKLY_REPORT_MAILING, (due) => this.mail.execute(MailWeeklyReportCommand.create(due)), {
      lockDurationMs: this.config.deliveryLockMs,
      stalledIntervalMs: this.config.deliveryStalledIntervalMs,
    });
  }
}
