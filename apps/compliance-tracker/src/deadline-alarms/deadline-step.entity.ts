import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DeadlineStep } from './deadline-steps';

/**
 * One rung of a task's alarm ladder in Postgres, the record: BullMQ only wakes us for it.
 * `firedAt` is set once, in the same transaction as the step's outbox event.
 */
@Entity({ name: 'task_deadline_steps' })
export class TaskDeadlineStep {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId: string;

  @PrimaryColumn('integer', { name: 'deadline_version' })
  deadlineVersion: number;

  @PrimaryColumn('text')
  step: DeadlineStep;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  @Column('timestamptz', { name: 'fired_at', nullable: true })
  firedAt: Date | null;

  /** FIRED (event published) or SKIPPED (moot when due: a reminder found after its deadline, an unclaimed alert for a claimed task). */
  @Column('text', { nullable: true })
  result: 'FIRED' | 'SKIPPED' | null;
}
