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

  /** The first day of a continuous absence a school reported, from which the 20-day point is counted; null for other referrals. */
  @Column('date', { name: 'absence_start', nullable: true })
  absenceStart: string | null;

  /** Task types already asked of the queue, so a second referral does not ask twice. */
  @Column('text', { name: 'requested_tasks', array: true })
  requestedTasks: CmeTaskType[];

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('text', { nullable: true })
  outcome: CmeOutcome | null;

  /** What the outcome rests on: the school or authority, the lost CTF's upload date. No free text about the child. */
  @Column('jsonb', { name: 'outcome_details', nullable: true })
  outcomeDetails: Record<string, unknown> | null;

  /** The day the child's education was accounted for again. */
  @Column('date', { name: 'resolved_on', nullable: true })
  resolvedOn: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('int', { name: 'school_days_missing', nullable: true })
  schoolDaysMissing: number | null;

  /** When the child's personal data on the case was erased; the pupil is then empty. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  /** An erasure that came while the case was open: carried out when it closes. */
  @Column('uuid', { name: 'erase_on_close', nullable: true })
  eraseOnClose: string | null;
}
