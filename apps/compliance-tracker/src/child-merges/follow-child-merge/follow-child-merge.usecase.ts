import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { FollowChildMergeCommand } from './follow-child-merge.command';

const CONSUMER = 'compliance-tracker.follow-child-merge';

/**
 * The merged record's tasks become the survivor's (each noted in its history), so the survivor's queue and page show them,
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
      // Each moved task says so in its history: its child changed, its work did not.
      await em.query(
        `WITH moved AS (UPDATE tasks SET child_id = $1 WHERE child_id = $2 RETURNING id, status)
         INSERT INTO task_history (task_id, at, actor, from_status, to_status, detail)
         SELECT id, $3, 'protocol', status, status, jsonb_build_object('change', 'CHILD_MERGED', 'mergeId', $4::text, 'mergedChildId', $2::text, 'survivorChildId', $1::text)
           FROM moved`,
        [survivorChildId, mergedChildId, mergedAt, command.merge.mergeId],
      );
    });
  }
}
