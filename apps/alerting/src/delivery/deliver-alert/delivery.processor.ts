import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Worker } from 'bullmq';
import { AlertingConfig } from '../../alerting.config';
import { DELIVERY_QUEUE, DeliveryJobData } from '../delivery-queue';
import { DeliverAlertCommand } from './deliver-alert.command';
import { DeliverAlert } from './deliver-alert.usecase';

/** BullMQ in: each delivery job becomes a command. */
@Injectable()
export class DeliveryProcessor implements OnApplicationBootstrap {
  /** Exposed so a test can kill it mid-delivery, as a crash would. */
  worker: Worker<DeliveryJobData>;

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: AlertingConfig,
    private readonly deliver: DeliverAlert,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = this.queues.worker<DeliveryJobData>(DELIVERY_QUEUE, (job) => this.deliver.execute(DeliverAlertCommand.create(job)), {
      concurrency: this.config.deliveryConcurrency,
      lockDurationMs: this.config.deliveryLockMs,
      stalledIntervalMs: this.config.deliveryStalledIntervalMs,
    });
  }
}
