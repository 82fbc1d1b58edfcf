import type { AlertKind, RiskLevel } from '@homeward/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One alert to one recipient about one event. It carries references, never the child's details. */
@Entity({ name: 'alerts' })
@Index(['sourceEventId', 'kind', 'recipient'], { unique: true })
export class Alert {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: AlertKind;

  @Column('text')
  recipient: string;

  /** The event that raised it: a redelivery of it raises nothing new. */
  @Column('uuid', { name: 'source_event_id' })
  sourceEventId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  @Column('text', { name: 'risk_level', nullable: true })
  riskLevel: RiskLevel | null;

  /** Short text with references only, safe for e-mail and webhooks. */
  @Column('text')
  summary: string;

  @Column('timestamptz', { name: 'raised_at' })
  raisedAt: Date;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt: Date | null;

  @Column('text', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy: string | null;
}
