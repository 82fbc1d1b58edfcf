import type { DueWakeUp } from '@homeward/platform';
import { isUUID } from 'class-validator';

export class DeliverAlertCommand {
  private constructor(
    readonly deliveryId: string,
    /** On the last attempt a failure is recorded for good instead of left for a retry. */
    readonly finalAttempt: boolean,
  ) {}

  static create(due: DueWakeUp): DeliverAlertCommand {
    if (!isUUID(due.subjectId)) throw new Error(`not a delivery id: ${due.subjectId}`);
    return new DeliverAlertCommand(due.subjectId, due.finalAttempt);
  }
}
