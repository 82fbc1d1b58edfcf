import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChannelType } from '@homeward/routing';

export const DeliveryStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

/** One alert on one channel: the record of whether it reached its recipient. Never deleted. */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'alert_id' })
  alertId: string;

  @Column('text')
  channel: ChannelType;

  /** E-mail address or webhook URL; empty for the feed. */
  @Column('text')
  target: string;

  /** The webhook's signing secret, copied so a later subscription change cannot strand a retry. */
  @Column('text', { nullable: true, select: false })
  secret: string | null;

  @Column('text')
  status: DeliveryStatus;

  @Column('integer')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'sending_since', nullable: true })
  sendingSince: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column('timestamptz', { name: 'failed_at', nullable: true })
  failedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
