import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { FollowChildMergeCommand } from './follow-child-merge.command';

const CONSUMER = 'compliance-tracker.follow-child-merge';

/**
 * The merged record's tasks become the survivor's, so the survivor's queue and page show them,
 * and the merge is kept so a decision about the merged id still in flight lands on the survivor.
 */
@Injectable()
export class FollowChildMerge {
  constructor(private readonly inbox: Inbox) {}

  async execute(command: FollowChildMergeCommand): Promise<void> {
    const { survivorChildId, mergedChildId, mergedAt } = command.merge;
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      await em.query(`INSERT INTO child_merges (merged_child_id, survivor_child_id, merged_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        mergedChildId,
        survivorChildId,
        mergedAt,
      ]);
      // Records merged into the merged one earlier follow it.
      await em.query(`UPDATE child_merges SET survivor_child_id = $1 WHERE survivor_child_id = $2`, [survivorChildId, mergedChildId]);
      await em.query(`UPDATE tasks SET child_id = $1 WHERE child_id = $2`, [survivorChildId, mergedChildId]);
    });
  }
}
