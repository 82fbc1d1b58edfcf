import type { CareStatus, MissingFrom, NotificationType, RiskLevel, Vulnerability } from '@homeward/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The non-personal inputs of one applied notification, in the order it was applied: enough to
 * replay the episode and its decision under another protocol version (what-if). No names,
 * dates of birth, locations or free text: those stay on the child row or are not kept.
 */
@Entity({ name: 'applied_notifications' })
export class AppliedNotification {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column('text', { name: 'ingest_id' })
  ingestId: string;

  @Column('text', { name: 'notification_id' })
  notificationId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text')
  force: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  @Column('text')
  type: NotificationType;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text', { name: 'risk_level' })
  riskLevel: RiskLevel;

  @Column('text', { name: 'care_status' })
  careStatus: CareStatus;

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  @Column('text', { name: 'missing_from', nullable: true })
  missingFrom: MissingFrom | null;

  @Column('text', { array: true })
  vulnerabilities: Vulnerability[];

  /** The injected clock's instant when it was decided: replay decides "as of" then. */
  @Column('timestamptz', { name: 'decided_at' })
  decidedAt: Date;

  @Column('uuid', { name: 'decision_id' })
  decisionId: string;

  @Column('uuid', { name: 'protocol_version_id' })
  protocolVersionId: string;
}
