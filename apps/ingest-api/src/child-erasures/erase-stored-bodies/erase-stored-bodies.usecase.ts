import { Inbox } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { EraseStoredBodiesCommand } from './erase-stored-bodies.command';

const CONSUMER = 'ingest.child-erasures';

/**
 * Empties the stored bodies (names, date of birth, places, free text) of the notifications and
 * placement notices about an erased child, and their outbox rows' payloads, once per message.
 * Ids, force or sender, times, status and the body's hash stay: the row still answers the force
 * that sent it, and a police retry is recognised rather than taken for a new report.
 */
@Injectable()
export class EraseStoredBodies {
  private readonly logger = new Logger('EraseStoredBodies');

  constructor(private readonly inbox: Inbox) {}

  async execute(command: EraseStoredBodiesCommand): Promise<void> {
    let counts: Record<string, number> = {};
    const first = await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const params = [command.ingestIds, command.erasedAt, command.erasureId];
      const [, notifications] = (await em.query(
        `UPDATE notifications SET body = '{}'::jsonb, body_purged_at = COALESCE(body_purged_at, $2), erasure_id = $3 WHERE id = ANY($1::uuid[])`,
        params,
      )) as [unknown, number];
      const [, placementNotices] = (await em.query(
        `UPDATE placement_notices SET body = '{}'::jsonb, body_purged_at = COALESCE(body_purged_at, $2), erasure_id = $3 WHERE id = ANY($1::uuid[])`,
        [command.placementNoticeIds, command.erasedAt, command.erasureId],
      )) as [unknown, number];
      // The events as published carried the child's details: the broker keeps them only until the topic's retention.
      const [, outbox] = (await em.query(`DELETE FROM outbox WHERE aggregate_id = ANY($1::text[]) AND processed_at IS NOT NULL`, [[...command.ingestIds, ...command.placementNoticeIds]])) as [unknown, number];
      counts = { notifications, placementNotices, outbox };
    });
    if (first) this.logger.log({ erasureId: command.erasureId, ...counts }, 'stored bodies of an erased child emptied');
  }
}
