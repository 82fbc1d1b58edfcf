import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork } from '../outbox';

/**
 * Processes a message once in effect: its id is recorded in the same transaction as the
 * effects, so a redelivery (or a concurrent duplicate after a rebalance) changes nothing.
 */
@Injectable()
export class Inbox {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Returns false when this consumer had already processed the message. */
  processOnce(consumer: string, messageId: string, effects: (em: EntityManager) => Promise<void>): Promise<boolean> {
    return this.unitOfWork.run(async (em) => {
      const recorded: unknown[] = await em.query(
        `INSERT INTO inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING message_id`,
        [consumer, messageId],
      );
      if (recorded.length === 0) return false;
      await effects(em);
      return true;
    });
  }
}
