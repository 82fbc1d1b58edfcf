import type { DeadlineRule, TaskPriority, TaskType } from '@homeward/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const TaskStatuses = ['OPEN', 'CLAIMED', 'COMPLETED', 'SUPERSEDED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TaskStatuses)[number];

/** A piece of statutory work in the CMO's queue. Its deadline lives here, never only in Redis. */
@Entity({ name: 'tasks' })
export class Task {
  @PrimaryColumn('uuid')
  id: string;

  /** One task per required action however often a decision is delivered. */
  @Column('text', { name: 'action_key', unique: true })
  actionKey: string;

  @Column('uuid', { name: 'decision_id' })
  decisionId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  @Column('text')
  type: TaskType;

  @Column('text')
  status: TaskStatus;

  @Column('text')
  priority: TaskPriority;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  @Column('jsonb', { name: 'deadline_rule' })
  deadlineRule: DeadlineRule;

  @Column('timestamptz', { name: 'anchor_at' })
  anchorAt: Date;

  /** The protocol rules that asked for this work. */
  @Column('text', { array: true })
  reasons: string[];

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  @Column('text', { nullable: true })
  assignee: string | null;

  @Column('uuid', { name: 'superseded_by', nullable: true })
  supersededBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
