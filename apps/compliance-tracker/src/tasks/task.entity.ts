import type { CmeTaskType, DeadlineRule, TaskAlarmLadder, TaskPriority, TaskSubjectKind, TaskType } from '@homeward/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Addressee } from './create-tasks-from-decision/addressee';

export const TaskStatuses = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED', 'COMPLETED', 'SUPERSEDED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TaskStatuses)[number];
/** Work still to do: deadline alarms stay armed while a task is in one of these. */
export const OpenTaskStatuses: readonly TaskStatus[] = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED'];
export type ClosedTaskStatus = 'COMPLETED' | 'SUPERSEDED' | 'CANCELLED';

/**
 * The facts recorded about the work (kinds, instants, enumerated reasons, agencies), kept
 * together as they are recorded. Free text (an interview's summary) lives apart, in
 * `outcomeSummary`, so it is never copied into history, events or logs.
 */
export interface TaskOutcome {
  result?: 'HELD' | 'DECLINED' | 'NOT_OFFERED' | 'DONE';
  offeredAt?: string;
  offeredHow?: string;
  acceptedAt?: string;
  declinedReason?: string;
  heldAt?: string;
  interviewerIndependent?: boolean;
  notOfferedReason?: string;
  attendeeAgencies?: string[];
  actions?: string[];
  doneAt?: string;
}

/** A piece of statutory work in the CMO's queue. Its deadline lives here, never only in Redis. */
@Entity({ name: 'tasks' })
export class Task {
  @PrimaryColumn('uuid')
  id: string;

  /** One task per required action however often a decision is delivered. */
  @Column('text', { name: 'action_key', unique: true })
  actionKey: string;

  /** What the work is about: a missing episode (a protocol decision asked) or a CME case (education-referrals asked). */
  @Column('text', { name: 'subject_kind', default: 'MISSING_EPISODE' })
  subjectKind: TaskSubjectKind;

  /** The missing episode's references: null for a CME task. */
  @Column('uuid', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  @Column('uuid', { name: 'child_id', nullable: true })
  childId: string | null;

  @Column('uuid', { name: 'episode_id', nullable: true })
  episodeId: string | null;

  @Column('text', { name: 'police_reference', nullable: true })
  policeReference: string | null;

  /** The CME case's references: null for missing-episode work. */
  @Column('uuid', { name: 'cme_case_id', nullable: true })
  cmeCaseId: string | null;

  @Column('text', { name: 'case_reference', nullable: true })
  caseReference: string | null;

  /** The child's keyed hash, as education-referrals sent it: keys a CME task's events (no child id here). */
  @Column('text', { name: 'child_key', nullable: true })
  childKey: string | null;

  @Column('text')
  type: TaskType | CmeTaskType;

  @Column('text')
  status: TaskStatus;

  @Column('text')
  priority: TaskPriority;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  /** How dueAt was reckoned from anchorAt; null for a CME task, whose deadline education-referrals gave (school days on its term dates). */
  @Column('jsonb', { name: 'deadline_rule', nullable: true })
  deadlineRule: DeadlineRule | null;

  /** The instant the deadline counts from; for a CME task, when education-referrals asked for the work. */
  @Column('timestamptz', { name: 'anchor_at' })
  anchorAt: Date;

  /** The protocol rules that asked for this work. */
  @Column('text', { array: true })
  reasons: string[];

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  /** Arranged in another area: the force our looked-after child was reported missing by. */
  @Column('text', { name: 'host_force', nullable: true })
  hostForce: string | null;

  @Column('text', { nullable: true })
  assignee: string | null;

  /** Work the protocol names someone for: who it went to (allocated worker or team manager) and why; null otherwise. */
  @Column('jsonb', { name: 'addressed_to', nullable: true })
  addressedTo: Addressee | null;

  /** The protocol's reminder and escalation intervals for this task type; null: the configured defaults. */
  @Column('jsonb', { name: 'alarm_ladder', nullable: true })
  alarmLadder: TaskAlarmLadder | null;

  /** Bumped whenever dueAt moves: alarms of an older version wake up and do nothing. */
  @Column('integer', { name: 'deadline_version', default: 1 })
  deadlineVersion: number;

  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('jsonb', { default: {} })
  outcome: TaskOutcome;

  /** Personal free text: stored for the record, never logged, published or copied to history. */
  @Column('text', { name: 'outcome_summary', nullable: true, select: false })
  outcomeSummary: string | null;

  /** The child's personal data was erased: the police reference, reasons and free text are gone, the counted facts stay. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column('uuid', { name: 'superseded_by', nullable: true })
  supersededBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
