import { Clock } from '@homeward/contracts';
import { Inbox, WakeUps } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { deliveryWakeUp } from '../../delivery/deliver-alert/delivery-wake-up';
import { Delivery } from '../../delivery/delivery.entity';
import { HandOverNotices } from '../hand-over-notices';
import { SendHandOverNoticeCommand } from './send-hand-over-notice.command';

const CONSUMER = 'alerting.cme-hand-overs';

/**
 * Keeps the hand-over notice and queues its e-mail to the receiving LA's CME mailbox, once per
 * message (the inbox) and once per case (a republished hand-over sends nothing more), in one
 * transaction. The e-mail goes as an alert's does: a delivery row and its wake-up, sent by the
 * delivery worker with its claim, retries and failure record.
 */
@Injectable()
export class SendHandOverNotice {
  private readonly logger = new Logger('SendHandOverNotice');

  constructor(
    private readonly inbox: Inbox,
    private readonly notices: HandOverNotices,
    private readonly wakeUps: WakeUps,
    private readonly clock: Clock,
  ) {}

  async execute(command: SendHandOverNoticeCommand): Promise<void> {
    const h = command.handOver;
    const now = this.clock.now();
    const notice = { id: randomUUID(), caseId: h.caseId, caseReference: h.caseReference, toAuthority: h.toAuthority, fromAuthority: h.fromAuthority, handedOverAt: new Date(h.handedOverAt) };
    let queued = false;
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      if (!(await this.notices.keep(em, notice, now))) return;
      const deliveryId = randomUUID();
      await em
        .createQueryBuilder()
        .insert()
        .into(Delivery)
        .values({ id: deliveryId, alertId: null, handOverNoticeId: notice.id, channel: 'EMAIL', target: h.toAuthority.cmeMailbox, secret: null, status: 'PENDING', attempts: 0, createdAt: now })
        .execute();
      await this.wakeUps.schedule(em, deliveryWakeUp(deliveryId, now));
      queued = true;
    });
    // References and codes only: the mailbox is a team's, but no address needs to be in a log.
    if (queued) this.logger.log({ caseReference: h.caseReference, noticeId: notice.id, toAuthority: h.toAuthority.code }, 'CME hand-over notice queued');
  }
}
