import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { Alert } from '../../alerts/alert.entity';
import { toAlertView } from '../../alerts/alert-view';
import { EmailSender } from '../channels/email.sender';
import { WebhookSender } from '../channels/webhook.sender';
import { DeliveryMetrics } from '../delivery-metrics';
import { Delivery } from '../delivery.entity';
import { HandOverNotices } from '../../cme-hand-overs/hand-over-notices';
import { handOverNoticeEmail } from '../../cme-hand-overs/hand-over-notice';
import { weeklyReportEmail } from '../../weekly-report-mailing/weekly-report-email';
import { DeliverAlertCommand } from './deliver-alert.command';

interface Claimed {
  id: string;
  /** One of the three: the alert delivered, the CME hand-over notice, or the weekly report's week. */
  alert_id: string | null;
  hand_over_notice_id: string | null;
  weekly_report_week: string | null;
  channel: Delivery['channel'];
  target: string;
  secret: string | null;
}

/** Another worker started this delivery and its lease is still running: try again later. */
export class DeliveryInFlightError extends Error {
  override name = 'DeliveryInFlightError';
}

/**
 * Sends one delivery: an alert's, a CME hand-over notice's or a weekly report mailing's (the same rule). Postgres decides: a delivery already SENT or FAILED is a no-op, and a
 * PENDING one is claimed (SENDING, with a lease) before anything leaves, so a re-run of a
 * stalled job never sends while the first sender may still be at it. SENT is recorded before
 * the job completes. Only a crash between the SMTP server's 250 and that update can resend,
 * and then with the same Message-ID.
 */
@Injectable()
export class DeliverAlert {
  private readonly logger = new Logger('DeliverAlert');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AlertingConfig,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
    private readonly metrics: DeliveryMetrics,
    private readonly handOverNotices: HandOverNotices,
  ) {}

  async execute(command: DeliverAlertCommand): Promise<void> {
    const delivery = await this.claim(command.deliveryId);
    if (!delivery) return this.explainUnclaimed(command.deliveryId);
    try {
      await this.send(delivery);
    } catch (error) {
      await this.recordFailure(delivery, command, error instanceof Error ? error.message : String(error));
      throw error;
    }
    await this.dataSource.query(`UPDATE deliveries SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [delivery.id]);
    this.metrics.outcomes.inc({ channel: delivery.channel, outcome: 'sent' });
  }

  private async claim(id: string): Promise<Claimed | undefined> {
    const [rows] = (await this.dataSource.query(
      `UPDATE deliveries SET status = 'SENDING', sending_since = now(), attempts = attempts + 1
        WHERE id = $1 AND (status = 'PENDING' OR (status = 'SENDING' AND sending_since < now() - make_interval(secs => $2)))
        RETURNING id, alert_id, hand_over_notice_id, weekly_report_week::text, channel, target, secret`,
      [id, this.config.deliveryLeaseMs / 1_000],
    )) as [Claimed[], number];
    return rows[0];
  }

  private async explainUnclaimed(id: string): Promise<void> {
    const current = await this.dataSource.getRepository(Delivery).findOne({ where: { id }, select: { id: true, status: true } });
    if (current?.status === 'SENDING') throw new DeliveryInFlightError(`delivery ${id} is being sent by another worker`);
    // SENT, FAILED or unknown: done, nothing to send.
  }

  private async send(d: Claimed): Promise<void> {
    // A hand-over notice goes by e-mail only, to the receiving LA's CME mailbox.
    if (d.hand_over_notice_id) return this.email.sendMail(d.id, d.target, handOverNoticeEmail(await this.handOverNotices.get(d.hand_over_notice_id)));
    // The weekly report's mailing is its link alone, by e-mail.
    if (d.weekly_report_week) return this.email.sendMail(d.id, d.target, weeklyReportEmail(d.weekly_report_week, this.config.staffWebPublicUrl));
    if (!d.alert_id) throw new Error(`delivery ${d.id} has no alert, hand-over notice or weekly report`);
    const alert = toAlertView(await this.dataSource.getRepository(Alert).findOneByOrFail({ id: d.alert_id }), this.config.linkBaseUrl);
    // Only e-mail and webhook deliveries are queued: a feed alert is delivered by its own commit.
    if (d.channel === 'EMAIL') return this.email.send(d.id, d.target, alert);
    return this.webhook.send(d.id, d.target, d.secret ?? '', alert);
  }

  private async recordFailure(d: Claimed, command: DeliverAlertCommand, reason: string): Promise<void> {
    const status = command.finalAttempt ? 'FAILED' : 'PENDING';
    await this.dataSource.query(
      `UPDATE deliveries SET status = $2, last_error = $3, failed_at = CASE WHEN $2 = 'FAILED' THEN now() END WHERE id = $1 AND status = 'SENDING'`,
      [d.id, status, reason.slice(0, 500)],
    );
    this.metrics.outcomes.inc({ channel: d.channel, outcome: command.finalAttempt ? 'failed' : 'retry' });
    if (command.finalAttempt) {
      this.logger.error({ deliveryId: d.id, alertId: d.alert_id, handOverNoticeId: d.hand_over_notice_id, channel: d.channel, reason }, 'alert delivery failed after its last retry');
    }
  }
}
