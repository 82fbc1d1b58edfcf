import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { AlertingConfig } from '../../alerting.config';
import { DeliverAlertCommand } from './deliver-alert.command';
import { DeliverAlert } from './deliver-alert.usecase';
import { ALERT_DELIVERY } from './delivery-wake-up';

/** Wake-up in: each delivery's wake-up becomes a command. */
@Injectable()
export class DeliveryWakeUpHandler implements OnApplicationBootstrap {
  /** Exposed so a test can kill it mid-delivery, as a crash would. */
  worker: Worker;

  constructor(
    private readonly wakeUps: WakeUps,
    private readonly config: AlertingConfig,
    private readonly deliver: DeliverAlert,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = this.wakeUps.onDue(ALERT_DELIVERY, (due) => this.deliver.execute(DeliverAlertCommand.create(due)), {
      attempts: this.config.deliveryAttempts,
      backoffMs: this.config.deliveryBackoffMs,
      concurrency: this.config.deliveryConcurrency,
      lockDurationMs: this.config.deliveryLockMs,
      stalledIntervalMs: this.config.deliveryStalledIntervalMs,
    });
  }
}
