import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChannelType } from '@homeward/routing';

export const DeliveryStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

/** One alert (or one CME hand-over notice, or one weekly report mailing) on one channel: the record of whether it reached its recipient. Never deleted. */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn('uuid')
  id: string;

  /** The alert delivered, or null for a CME hand-over notice or a weekly report mailing (exactly one of the three). */
  @Column('uuid', { name: 'alert_id', nullable: true })
  alertId: string | null;

  /** The CME hand-over notice delivered to another LA's CME mailbox, or null for an alert. */
  @Column('uuid', { name: 'hand_over_notice_id', nullable: true })
  handOverNoticeId: string | null;

  /** The weekly looked-after report's mailing (the week's Monday, `YYYY-MM-DD`) whose link this e-mails, or null. */
  @Column('date', { name: 'weekly_report_week', nullable: true })
  weeklyReportWeek: string | null;

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
