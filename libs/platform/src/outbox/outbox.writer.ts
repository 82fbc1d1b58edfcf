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

const COLUMNS = 7;

/** Writes events in the caller's transaction; only the relay talks to the broker. */
@Injectable()
export class OutboxWriter {
  /** All entries in one statement: a round trip to PostgreSQL costs more than the rows. */
  async append(em: EntityManager, ...entries: OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((_, i) => `(${Array.from({ length: COLUMNS }, (__, c) => `$${i * COLUMNS + c + 1}`).join(', ')})`);
    await em.query(
      `INSERT INTO outbox (message_id, aggregate_type, aggregate_id, topic, message_key, payload, headers) VALUES ${rows.join(', ')}`,
      entries.flatMap((e) => [
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
      ]),
    );
  }
}
