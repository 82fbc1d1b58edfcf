import { Injectable, Logger } from '@nestjs/common';
import { FeedStream } from '../../delivery/channels/feed.stream';
import { DeliveryQueue } from '../../delivery/delivery-queue';
import { EscalationAlarms } from '../escalate-unacknowledged-alert/escalation-alarms';
import type { RaisedAlerts } from './alert-raiser';

/**
 * After the alerts' transaction commits, pushes feed alerts to open streams, wakes the delivery
 * worker and sets escalation alarms.
 * A failure here (Redis away) is logged, not thrown: the rows are committed and the sweep
 * re-enqueues them, whereas throwing would only redeliver a message the inbox already absorbed.
 */
@Injectable()
export class AlertDispatcher {
  private readonly logger = new Logger('AlertDispatcher');

  constructor(
    private readonly deliveries: DeliveryQueue,
    private readonly alarms: EscalationAlarms,
    private readonly feed: FeedStream,
  ) {}

  async dispatch(raised: RaisedAlerts): Promise<void> {
    raised.onFeed.forEach((alert) => this.feed.publish(alert));
    await Promise.all([
      this.deliveries
        .enqueue(raised.deliveryIds)
        .catch((e: unknown) => this.logger.warn({ count: raised.deliveryIds.length, error: String(e) }, 'deliveries left to the sweep')),
      this.alarms
        .schedule(raised.escalations)
        .catch((e: unknown) => this.logger.warn({ count: raised.escalations.length, error: String(e) }, 'escalation alarms left to the sweep')),
    ]);
  }
}
