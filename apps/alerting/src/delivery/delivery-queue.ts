import { Correlation, jobId, QueueFactory } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { AlertingConfig } from '../alerting.config';

export const DELIVERY_QUEUE = 'alert-delivery';

/** The job carries the delivery id only: the processor reads everything else from Postgres. */
export interface DeliveryJobData {
  deliveryId: string;
  correlationId: string;
}

/** Wakes the delivery worker for recorded deliveries; one job per delivery, however often asked. */
@Injectable()
export class DeliveryQueue {
  constructor(
    private readonly queues: QueueFactory,
    private readonly config: AlertingConfig,
  ) {}

  async enqueue(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    const correlationId = Correlation.currentOrNew();
    await this.queues.queue(DELIVERY_QUEUE).addBulk(
      deliveryIds.map((deliveryId) => ({
        name: 'deliver',
        data: { deliveryId, correlationId } satisfies DeliveryJobData,
        opts: {
          jobId: jobId('delivery', deliveryId),
          attempts: this.config.deliveryAttempts,
          backoff: { type: 'exponential', delay: this.config.deliveryBackoffMs, jitter: 0.5 },
        },
      })),
    );
  }

  /** For the sweep: deliveries Postgres says are unfinished get their job back, even one that had failed. */
  async requeue(deliveryIds: readonly string[]): Promise<void> {
    await this.enqueue(deliveryIds);
    const queue = this.queues.queue(DELIVERY_QUEUE);
    for (const deliveryId of deliveryIds) {
      const job = await queue.getJob(jobId('delivery', deliveryId));
      if (job && (await job.isFailed())) await job.retry('failed');
    }
  }
}
