import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@homeward/contracts';
import type { EntityManager } from 'typeorm';

export interface OutboxEntry {
  topic: string;
  /** Partition key: an opaque aggregate id or keyed hash, never personal data. */
  key: string;
  aggregateType: string;
  aggregateId: string;
  envelope: EventEnvelope;
}

/** Writes events in the caller's transaction; only the relay talks to the broker. */
@Injectable()
export class OutboxWriter {
  async append(em: EntityManager, ...entries: OutboxEntry[]): Promise<void> {
    for (const e of entries) {
      await em.query(
        `INSERT INTO outbox (message_id, aggregate_type, aggregate_id, topic, message_key, payload, headers)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          e.envelope.id,
          e.aggregateType,
          e.aggregateId,
          e.topic,
          e.key,
          JSON.stringify(e.envelope),
          JSON.stringify({
            'message-id': e.envelope.id,
            'message-type': e.envelope.type,
            'correlation-id': e.envelope.correlationId,
            ...(e.envelope.causationId ? { 'causation-id': e.envelope.causationId } : {}),
          }),
        ],
      );
    }
  }
}
