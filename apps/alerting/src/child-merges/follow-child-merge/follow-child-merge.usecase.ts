import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { FollowChildMergeCommand } from './follow-child-merge.command';

const CONSUMER = 'alerting.follow-child-merge';

/** The merged record's alerts become the survivor's, so the feed filtered by the survivor shows them. */
@Injectable()
export class FollowChildMerge {
  constructor(private readonly inbox: Inbox) {}

  async execute(command: FollowChildMergeCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      await em.query(`UPDATE alerts SET child_id = $1 WHERE child_id = $2`, [command.merge.survivorChildId, command.merge.mergedChildId]);
    });
  }
}
