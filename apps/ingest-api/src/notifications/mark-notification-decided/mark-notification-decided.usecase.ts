import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { MarkNotificationDecidedCommand } from './mark-notification-decided.command';

// The name its inbox rows already carry: renaming it would let a redelivery through again.
const CONSUMER = 'ingest.record-decision';

/**
 * Marks a notification decided with the task types the protocol asked for, once per message.
 * A later decision about the same notification adds its task types; the first decision time stays.
 * A decision about a notification this ingest never accepted changes nothing. A decision also
 * proves the hand-over, should ingest's own read of the notification event still be behind.
 */
@Injectable()
export class MarkNotificationDecided {
  constructor(private readonly inbox: Inbox) {}

  async execute(command: MarkNotificationDecidedCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      await em.query(
        `UPDATE notifications
         SET decided_at = coalesce(decided_at, $2),
             published_at = coalesce(published_at, now()),
             task_types = ARRAY(SELECT DISTINCT t FROM unnest(coalesce(task_types, '{}') || $3::text[]) AS t ORDER BY t)
         WHERE id = $1`,
        [command.ingestId, command.decidedAt, command.taskTypes],
      );
    });
  }
}
