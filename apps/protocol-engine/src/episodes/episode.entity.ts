import type { CancellationReason, CareStatus, MissingFrom, RiskLevel, Vulnerability } from '@homeward/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One period a child is missing: one police occurrence reference of one force. */
@Entity({ name: 'episodes' })
@Index(['force', 'policeReference'], { unique: true })
export class Episode {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('text')
  force: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  /** Null while only a FOUND has arrived (messages can come out of order). */
  @Column('timestamptz', { name: 'missing_since', nullable: true })
  missingSince: Date | null;

  @Column('timestamptz', { name: 'found_at', nullable: true })
  foundAt: Date | null;

  @Column('text', { name: 'risk_level' })
  riskLevel: RiskLevel;

  /** When the grading in riskLevel was given: a late, older update must not overwrite a newer one. */
  @Column('timestamptz', { name: 'risk_graded_at' })
  riskGradedAt: Date;

  @Column('text', { array: true })
  vulnerabilities: Vulnerability[];

  @Column('text', { name: 'care_status' })
  careStatus: CareStatus;

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  @Column('text', { name: 'missing_from', nullable: true })
  missingFrom: MissingFrom | null;

  /** Action keys earlier decisions asked for, so no work is requested twice. */
  @Column('text', { name: 'requested_actions', array: true })
  requestedActions: string[];

  /** Set when the police withdrew the report: the episode is kept, shown withdrawn, counted nowhere. */
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;

  @Column('text', { name: 'withdrawn_reason', nullable: true })
  withdrawnReason: CancellationReason | null;
}
