import type { CmeOutcome, CmeSource, CmeTaskType } from '@homeward/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One child's spell missing education, from the first referral to its outcome. */
@Entity({ name: 'cme_cases' })
export class CmeCase {
  @PrimaryColumn('uuid')
  id: string;

  /** CME-<year>-<n>, what staff and schools quote. */
  @Column('text')
  reference: string;

  @Column('text', { name: 'child_key' })
  childKey: string;

  @Column('text', { nullable: true })
  upn: string | null;

  @Column('text')
  status: 'OPEN' | 'CLOSED';

  /** How the case came to the LA (its first referral). */
  @Column('text')
  source: CmeSource;

  /** The school the pupil was last on roll at, when a school referred them. */
  @Column('text', { name: 'school_urn', nullable: true })
  schoolUrn: string | null;

  /** The pupil as the latest return described them: name, date of birth, address, parents. Never logged. */
  @Column('jsonb')
  pupil: Record<string, unknown>;

  /** The first school day the child was missing education, from which time missing is counted. */
  @Column('date', { name: 'first_day_missing' })
  firstDayMissing: string;

  /** Task types already asked of the queue, so a second referral does not ask twice. */
  @Column('text', { name: 'requested_tasks', array: true })
  requestedTasks: CmeTaskType[];

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('text', { nullable: true })
  outcome: CmeOutcome | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('int', { name: 'school_days_missing', nullable: true })
  schoolDaysMissing: number | null;
}
