import { Clock } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendHistory } from '../../tasks/task-history';
import type { TaskOutcome } from '../../tasks/task.entity';
import { lockChildren } from '../erased-children';
import { EraseChildTasksCommand } from './erase-child-tasks.command';
import { ERASED_POLICE_REFERENCE, erasedCreationDetail, erasedTask, erasureHistoryDetail } from './task-erasure';

const CONSUMER = 'compliance-tracker.erase-child-tasks';
const ACTOR = 'protocol';

interface TaskToErase {
  id: string;
  status: string;
  policeReference: string;
  reasons: string[];
  outcome: TaskOutcome;
}

/**
 * Erases the tracker's part of one child's personal data, once per message, in one transaction:
 * on each of their tasks the police reference, the protocol's reasons and the free text staff
 * typed (see erasedTask), the reasons copied into each creation entry, and the outbox rows of
 * their task and placing-authority events that went out (they carry the police reference).
 * What the compliance figures count stays, so the Board's figures are the same afterwards. The
 * erased ids are kept: a decision about the child still in flight makes its task already erased.
 */
@Injectable()
export class EraseChildTasks {
  private readonly logger = new Logger('EraseChildTasks');

  constructor(
    private readonly inbox: Inbox,
    private readonly clock: Clock,
  ) {}

  async execute(command: EraseChildTasksCommand): Promise<void> {
    let counts: Record<string, number> = {};
    const first = await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      await lockChildren(em, command.childIds);
      const now = this.clock.now();
      await em.query(`INSERT INTO child_erasures (child_id, erasure_id, received_at) SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING`, [command.childIds, command.erasureId, now]);
      const tasks: TaskToErase[] = await em.query(
        `SELECT id, status, police_reference AS "policeReference", reasons, outcome FROM tasks WHERE child_id = ANY($1::uuid[]) AND erased_at IS NULL ORDER BY id FOR UPDATE`,
        [command.childIds],
      );
      for (const task of tasks) await this.eraseTask(em, task, command.erasureId, now);
      counts = { tasks: tasks.length, ...(await this.eraseOutbox(em, command.childIds)) };
    });
    if (first) this.logger.log({ erasureId: command.erasureId, ...counts }, "tasks of an erased child erased");
  }

  private async eraseTask(em: EntityManager, task: TaskToErase, erasureId: string, now: Date): Promise<void> {
    const erased = erasedTask(task);
    await em.query(`UPDATE tasks SET police_reference = $2, reasons = $3, outcome = $4, outcome_summary = $5, erased_at = $6, updated_at = $6 WHERE id = $1`, [
      task.id,
      erased.policeReference,
      erased.reasons,
      JSON.stringify(erased.outcome),
      erased.outcomeSummary,
      now,
    ]);
    const created: { id: string; detail: Record<string, unknown> }[] = await em.query(`SELECT id, detail FROM task_history WHERE task_id = $1 AND from_status IS NULL`, [task.id]);
    for (const row of created) await em.query(`UPDATE task_history SET detail = $2 WHERE id = $1`, [row.id, JSON.stringify(erasedCreationDetail(row.detail))]);
    await appendHistory(em, { taskId: task.id, at: now, actor: ACTOR, from: task.status, to: task.status, detail: erasureHistoryDetail(erasureId) });
  }

  /**
   * Sent rows go (the broker keeps its copies only until the topic's retention); rows not yet
   * sent go out with the reference erased, so no copy of it is published from now on.
   */
  private async eraseOutbox(em: EntityManager, childIds: string[]): Promise<{ outboxDeleted: number; outboxRewritten: number }> {
    const ofChild = `((aggregate_type = 'task' AND aggregate_id IN (SELECT id::text FROM tasks WHERE child_id = ANY($1::uuid[])))
      OR (aggregate_type = 'placing-authority-request' AND aggregate_id IN (SELECT r.id::text FROM placing_authority_requests r JOIN tasks t ON t.id = r.task_id WHERE t.child_id = ANY($1::uuid[]))))`;
    const [, outboxDeleted] = (await em.query(`DELETE FROM outbox WHERE (processed_at IS NOT NULL OR abandoned_at IS NOT NULL) AND ${ofChild}`, [childIds])) as [unknown, number];
    const [, outboxRewritten] = (await em.query(
      // The task's subject repeats the reference (events since subjects were added).
      `UPDATE outbox SET payload = CASE WHEN payload->'data'->'subject' ? 'policeReference'
         THEN jsonb_set(jsonb_set(payload, '{data,policeReference}', to_jsonb($2::text)), '{data,subject,policeReference}', to_jsonb($2::text))
         ELSE jsonb_set(payload, '{data,policeReference}', to_jsonb($2::text)) END
       WHERE processed_at IS NULL AND abandoned_at IS NULL AND payload->'data' ? 'policeReference' AND ${ofChild}`,
      [childIds, ERASED_POLICE_REFERENCE],
    )) as [unknown, number];
    return { outboxDeleted, outboxRewritten };
  }
}
