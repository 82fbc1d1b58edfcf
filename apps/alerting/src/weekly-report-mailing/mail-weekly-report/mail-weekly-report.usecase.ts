import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { deliveryWakeUp } from '../../delivery/deliver-alert/delivery-wake-up';
import { Delivery } from '../../delivery/delivery.entity';
import { WeeklyReportMailings } from '../weekly-report-mailings';
import { WeeklyReportSchedule } from '../weekly-report-schedule';
import { weeklyMailingWakeUp } from '../weekly-report-wake-up';
import { MailWeeklyReportCommand } from './mail-weekly-report.command';

/**
 * Records the week's mailing, queues one e-mail a recipient and schedules the next week's, in one
 * transaction; a week recorded already (the wake-up fired again, or re-run after a crash) queues
 * nothing more. Each e-mail goes as an alert's does: a delivery row and its wake-up, sent by the
 * delivery worker with its claim, retries and failure record. With no recipients the schedule is
 * off: nothing is sent and nothing more scheduled.
 */
@Injectable()
export class MailWeeklyReport {
  private readonly logger = new Logger('MailWeeklyReport');

  constructor(
    private readonly schedule: WeeklyReportSchedule,
    private readonly mailings: WeeklyReportMailings,
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly clock: Clock,
  ) {}

  async execute(command: MailWeeklyReportCommand): Promise<void> {
    const { mailing } = command;
    const recipients = this.schedule.recipients;
    if (recipients.length === 0) return this.logger.log({ week: mailing.week }, 'weekly report mailing off: nothing sent, nothing scheduled');
    const now = this.clock.now();
    // After downtime the next is the coming one, not every week missed.
    const next = this.schedule.nextAfter(new Date(Math.max(now.getTime(), mailing.dueAt.getTime())));
    const queued = await this.unitOfWork.run(async (em) => {
      const deliveryIds = (await this.mailings.record(em, mailing, now)) ? recipients.map(() => randomUUID()) : [];
      if (deliveryIds.length > 0) {
        await em
          .createQueryBuilder()
          .insert()
          .into(Delivery)
          .values(deliveryIds.map((id, i) => ({ id, alertId: null, handOverNoticeId: null, weeklyReportWeek: mailing.week, channel: 'EMAIL' as const, target: recipients[i], secret: null, status: 'PENDING' as const, attempts: 0, createdAt: now })))
          .execute();
      }
      await this.wakeUps.schedule(em, ...deliveryIds.map((id) => deliveryWakeUp(id, now)), weeklyMailingWakeUp(next));
      return deliveryIds.length;
    });
    // The week and a count of addresses: no address, and nothing from the report, in the log.
    this.logger.log({ week: mailing.week, emails: queued, nextWeek: next.week, nextDueAt: next.dueAt.toISOString() }, queued > 0 ? 'weekly report mailing queued' : 'weekly report mailing done already');
  }
}
