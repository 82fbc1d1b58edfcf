import { Clock } from '@homeward/contracts';
import type { OutboxEntry } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplianceTrackerConfig } from '../compliance-tracker.config';
import type { Task } from '../tasks/task.entity';
import { Alarm } from './alarm-clock';
import { isMoot, planDeadlineSteps } from './deadline-steps';
import { stepAnnouncement } from './step-announcement';

export interface DeadlinePlan {
  /** Steps still to come: their alarms are set after commit. */
  alarms: Alarm[];
  /** Events for the steps already due, for the caller's outbox in the same transaction. */
  announcements: OutboxEntry[];
}

/**
 * The Postgres side of deadline alarms, written in the caller's transaction: a task's steps
 * are recorded with the task, and removed (unfired ones) when the task closes.
 */
@Injectable()
export class DeadlineLedger {
  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the ladder for the task's current deadline version. Steps already due (a history
   * replayed, a notification that arrived late) are fired here, as an alarm would have fired
   * them a moment later: same step record, same event, without a job and a transaction each.
   */
  async plan(em: EntityManager, task: Task): Promise<DeadlinePlan> {
    const now = this.clock.now();
    const steps = planDeadlineSteps(task.dueAt, now, this.config).map((s) => ({
      ...s,
      result: s.dueAt > now ? null : isMoot(s.step, task, now) ? ('SKIPPED' as const) : ('FIRED' as const),
    }));
    if (steps.length === 0) return { alarms: [], announcements: [] };
    // One statement for the whole ladder: each round trip to PostgreSQL costs more than its row.
    await em.query(
      `INSERT INTO task_deadline_steps (task_id, deadline_version, step, due_at, fired_at, result)
       SELECT $1, $2, s.step, s.due_at, CASE WHEN s.result IS NULL THEN NULL ELSE $5::timestamptz END, s.result
         FROM unnest($3::text[], $4::timestamptz[], $6::text[]) AS s(step, due_at, result)
       ON CONFLICT DO NOTHING`,
      [task.id, task.deadlineVersion, steps.map((s) => s.step), steps.map((s) => s.dueAt), now, steps.map((s) => s.result)],
    );
    return {
      alarms: steps.filter((s) => !s.result).map((s) => ({ taskId: task.id, deadlineVersion: task.deadlineVersion, step: s.step, dueAt: s.dueAt })),
      announcements: steps.filter((s) => s.result === 'FIRED').map((s) => stepAnnouncement(task, s.step, now)),
    };
  }

  /** The task closed: its unfired steps go, so neither an alarm nor the sweep can announce them. */
  async cancel(em: EntityManager, taskId: string): Promise<Alarm[]> {
    const [rows] = (await em.query(
      `DELETE FROM task_deadline_steps WHERE task_id = $1 AND fired_at IS NULL RETURNING task_id, deadline_version, step, due_at`,
      [taskId],
    )) as [{ task_id: string; deadline_version: number; step: Alarm['step']; due_at: Date }[], number];
    return rows.map((r) => ({ taskId: r.task_id, deadlineVersion: r.deadline_version, step: r.step, dueAt: r.due_at }));
  }
}
