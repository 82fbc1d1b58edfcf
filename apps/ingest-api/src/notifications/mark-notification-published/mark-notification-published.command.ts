import { EventEnvelope, NotificationReceivedV1 } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which notification reached the protocol engine's topic. */
export class MarkNotificationPublishedCommand {
  private constructor(readonly ingestId: string) {}

  static create(envelope: EventEnvelope): MarkNotificationPublishedCommand {
    const { ingestId } = envelope.data as Partial<NotificationReceivedV1>;
    if (typeof ingestId !== 'string' || !UUID.test(ingestId)) throw new PoisonMessageError(`notification-received ${envelope.id} lacks ingestId`);
    return new MarkNotificationPublishedCommand(ingestId);
  }
}
