import { childKey, createEnvelope, NotificationReceivedV1, Topics } from '@homeward/contracts';
import { OutboxEntry } from '@homeward/platform';

export interface AcceptedNotification {
  ingestId: string;
  force: string;
  /** The notification as the force sent it (the validated DTO, plain). */
  body: Record<string, unknown>;
  receivedAt: Date;
  correlationId: string;
}

/** The event that hands an accepted notification to the protocol: written on acceptance, and again while it stays undecided. */
export function notificationReceivedEvent(childKeySecret: string, accepted: AcceptedNotification): OutboxEntry {
  const body = accepted.body as Omit<NotificationReceivedV1, 'ingestId' | 'force' | 'receivedAt'>;
  const data: NotificationReceivedV1 = {
    ...body,
    vulnerabilities: body.vulnerabilities ?? [],
    ingestId: accepted.ingestId,
    force: accepted.force,
    receivedAt: accepted.receivedAt.toISOString(),
  };
  return {
    topic: Topics.notificationReceived,
    key: childKey(childKeySecret, body.child),
    aggregateType: 'notification',
    aggregateId: accepted.ingestId,
    envelope: createEnvelope({ type: 'police.notification-received', version: 1, data, correlationId: accepted.correlationId, producer: 'ingest-api' }),
  };
}
