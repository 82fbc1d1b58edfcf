import type { TimerKind } from '@homeward/protocol';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a time-based rule is due for an open episode. Postgres is the record: the BullMQ job
 * only wakes the service, and the sweep fires whatever is due here if Redis lost the job.
 */
@Entity({ name: 'episode_timers' })
export class EpisodeTimer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text')
  timer: TimerKind;

  @Column('timestamptz', { name: 'due_at' })
  dueAt: Date;

  /** Set in the same transaction as the decision it led to: a timer fires once. */
  @Column('timestamptz', { name: 'fired_at', nullable: true })
  firedAt: Date | null;

  /** Null when the timer fired but no rule applied any more (e.g. risk raised since). */
  @Column('uuid', { name: 'decision_id', nullable: true })
  decisionId: string | null;
}
