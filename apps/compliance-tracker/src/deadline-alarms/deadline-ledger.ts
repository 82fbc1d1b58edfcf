import { Clock } from '@homeward/contracts';
import { OutboxEntry, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplianceTrackerConfig } from '../compliance-tracker.config';
import type { Task } from '../tasks/task.entity';
import { DeadlineStep, deadlineStepKind, isMoot, ladderPolicy, planDeadlineSteps } from './deadline-steps';
import { escalationContacts } from './escalation-contacts';
import { stepAnnouncement } from './step-announcement';

/**
 * The Postgres side of deadline alarms, written in the caller's transaction: a task's steps
 * are recorded with the task and their wake-ups scheduled, and both removed (unfired ones)
 * when the task closes.
 */
@Injectable()
export class DeadlineLedger {
  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
    private readonly wakeUps: WakeUps,
  ) {}

  /**
   * Records the ladder for the task's current deadline version and schedules the steps to
   * come. Steps already due (a history replayed, a notification that arrived late) are fired
   * here, as a wake-up would have fired them a moment later: same step record, same event,
   * without a job and a transaction each. Returns their events, for the caller's outbox.
   */
  async plan(em: EntityManager, task: Task): Promise<OutboxEntry[]> {
    const now = this.clock.now();
    const steps = planDeadlineSteps(task.dueAt, now, ladderPolicy(task.alarmLadder, this.config)).map((s) => ({
      ...s,
      result: s.dueAt > now ? null : isMoot(s.step, task, now) ? ('SKIPPED' as const) : ('FIRED' as const),
    }));
    if (steps.length === 0) return [];
    // One statement for the whole ladder: each round trip to PostgreSQL costs more than its row.
    await em.query(
      `INSERT INTO task_deadline_steps (task_id, deadline_version, step, due_at, fired_at, result)
       SELECT $1, $2, s.step, s.due_at, CASE WHEN s.result IS NULL THEN NULL ELSE $5::timestamptz END, s.result
         FROM unnest($3::text[], $4::timestamptz[], $6::text[]) AS s(step, due_at, result)
       ON CONFLICT DO NOTHING`,
      [task.id, task.deadlineVersion, steps.map((s) => s.step), steps.map((s) => s.dueAt), now, steps.map((s) => s.result)],
    );
    await this.wakeUps.schedule(
      em,
      ...steps.filter((s) => !s.result).map((s) => ({ kind: deadlineStepKind(s.step), subjectId: task.id, dueAt: s.dueAt, version: task.deadlineVersion })),
    );
    const fired = steps.filter((s) => s.result === 'FIRED');
    const contacts = fired.length > 0 ? await escalationContacts(em) : {};
    return fired.map((s) => stepAnnouncement(task, s.step, now, contacts));
  }

  /** The task closed: its unfired steps go with their wake-ups, so nothing can announce them. */
  async cancel(em: EntityManager, taskId: string): Promise<void> {
    const [rows] = (await em.query(`DELETE FROM task_deadline_steps WHERE task_id = $1 AND fired_at IS NULL RETURNING step`, [taskId])) as [{ step: DeadlineStep }[], number];
    for (const { step } of rows) await this.wakeUps.cancel(em, deadlineStepKind(step), taskId);
  }
}
