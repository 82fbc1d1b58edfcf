import type { RiskLevel } from '@homeward/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AlertingKind } from '@homeward/routing';
import type { Addressee } from './raise-alerts/addressing';

/** One alert to one recipient about one event. It carries references, never the child's details. */
@Entity({ name: 'alerts' })
@Index(['sourceEventId', 'kind', 'recipient'], { unique: true })
export class Alert {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: AlertingKind;

  @Column('text')
  recipient: string;

  /** The event that raised it: a redelivery of it raises nothing new. */
  @Column('uuid', { name: 'source_event_id' })
  sourceEventId: string;

  /** The missing episode's references: null for an alert about a CME task. */
  @Column('uuid', { name: 'child_id', nullable: true })
  childId: string | null;

  @Column('uuid', { name: 'episode_id', nullable: true })
  episodeId: string | null;

  @Column('text', { name: 'police_reference', nullable: true })
  policeReference: string | null;

  /** The CME case's reference (e.g. CME-2026-000042) for an alert about a CME task; null otherwise. */
  @Column('text', { name: 'case_reference', nullable: true })
  caseReference: string | null;

  @Column('text', { name: 'risk_level', nullable: true })
  riskLevel: RiskLevel | null;

  @Column('uuid', { name: 'task_id', nullable: true })
  taskId: string | null;

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  /** Short text with references only, safe for e-mail and webhooks. */
  @Column('text')
  summary: string;

  @Column('timestamptz', { name: 'raised_at' })
  raisedAt: Date;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy: string | null;

  /** The unacknowledged alert this one escalates. */
  /** The officer it is addressed to by name (the cover, when meant for someone on leave); null when nobody is named. */
  @Column('jsonb', { nullable: true })
  addressee: Addressee | null;

  @Column('uuid', { name: 'escalation_of', nullable: true })
  escalationOf: string | null;

  /** When it escalates if nobody has acknowledged it; null when it never does. */
  @Column('timestamptz', { name: 'escalate_at', nullable: true })
  escalateAt: Date | null;

  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt: Date | null;

  /** When the child's personal data was erased from it (police reference, risk, summary), and by which erasure. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column('uuid', { name: 'erasure_id', nullable: true })
  erasureId: string | null;
}
