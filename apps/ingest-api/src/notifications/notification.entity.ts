import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationType, TaskType } from '@homeward/contracts';

export type ProcessingState = 'accepted' | 'published' | 'decided';

/** A police notification as accepted: the record that nothing accepted is lost. */
@Entity({ name: 'notifications' })
@Index(['force', 'notificationId'], { unique: true })
export class NotificationRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  force: string;

  @Column('text', { name: 'notification_id' })
  notificationId: string;

  @Column('text')
  type: NotificationType;

  /** Hash of the canonical body: tells a police retry (same body) from a conflicting reuse of the id. */
  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  /** The validated body, personal data included; it stays in this service's schema. */
  @Column('jsonb')
  body: Record<string, unknown>;

  @Column('text', { name: 'correlation_id' })
  correlationId: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** Set when ingest reads its own police.notification-received.v1 back: the protocol engine's topic has it. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** Set from protocol.decision-made.v1: ingest learns outcomes from events, not other apps' tables. */
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column('text', { name: 'task_types', array: true, nullable: true })
  taskTypes: TaskType[] | null;
}
