import { UnrecoverableError } from 'bullmq';
import type { Job } from 'bullmq';
import { isUUID } from 'class-validator';
import type { DeliveryJobData } from '../delivery-queue';

export class DeliverAlertCommand {
  private constructor(
    readonly deliveryId: string,
    /** On the last attempt a failure is recorded for good instead of left for a retry. */
    readonly finalAttempt: boolean,
  ) {}

  static create(job: Job<DeliveryJobData>): DeliverAlertCommand {
    if (!isUUID(job.data.deliveryId)) throw new UnrecoverableError(`job ${job.id} has no delivery id`);
    return new DeliverAlertCommand(job.data.deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }
}
