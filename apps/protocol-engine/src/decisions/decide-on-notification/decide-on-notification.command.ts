import type { EventEnvelope, NotificationReceivedV1 } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

/** A police notification as delivered to protocol-engine, with the message id that makes it idempotent. */
export class DecideOnNotificationCommand {
  private constructor(
    readonly messageId: string,
    readonly correlationId: string,
    readonly notification: NotificationReceivedV1,
  ) {}

  static create(envelope: EventEnvelope): DecideOnNotificationCommand {
    const n = envelope.data as Partial<NotificationReceivedV1>;
    const missing = (['ingestId', 'force', 'type', 'policeReference', 'occurredAt', 'child', 'riskLevel', 'careStatus'] as const).filter(
      (field) => n[field] === undefined,
    );
    if (missing.length > 0 || Number.isNaN(Date.parse(String(n.occurredAt)))) {
      throw new PoisonMessageError(`notification-received ${envelope.id} lacks or garbles: ${missing.join(', ') || 'occurredAt'}`);
    }
    return new DecideOnNotificationCommand(envelope.id, envelope.correlationId, envelope.data as NotificationReceivedV1);
  }
}
