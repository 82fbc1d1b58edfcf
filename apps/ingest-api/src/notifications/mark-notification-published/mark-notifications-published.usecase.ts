import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * "Published" means the broker holds the notification's event for the protocol engine: marked
 * in the relay's own transaction, so it is set exactly when the outbox row is, and never early.
 */
@Injectable()
export class MarkNotificationsPublished {
  async execute(em: EntityManager, ingestIds: string[]): Promise<void> {
    await em.query(`UPDATE notifications SET published_at = now() WHERE id = ANY($1::uuid[]) AND published_at IS NULL`, [ingestIds]);
  }
}
