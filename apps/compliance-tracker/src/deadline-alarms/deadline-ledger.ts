import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplianceTrackerConfig } from '../compliance-tracker.config';
import type { Task } from '../tasks/task.entity';
import { Alarm } from './alarm-clock';
import { planDeadlineSteps } from './deadline-steps';

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

  /** Records the ladder for the task's current deadline version; returns the alarms to set after commit. */
  async plan(em: EntityManager, task: Pick<Task, 'id' | 'dueAt' | 'deadlineVersion'>): Promise<Alarm[]> {
    const alarms = planDeadlineSteps(task.dueAt, this.clock.now(), this.config).map((s) => ({
      taskId: task.id,
      deadlineVersion: task.deadlineVersion,
      step: s.step,
      dueAt: s.dueAt,
    }));
    for (const a of alarms) {
      await em.query(
        `INSERT INTO task_deadline_steps (task_id, deadline_version, step, due_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [a.taskId, a.deadlineVersion, a.step, a.dueAt],
      );
    }
    return alarms;
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
