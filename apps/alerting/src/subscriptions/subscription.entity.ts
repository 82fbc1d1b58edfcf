import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlertingKind, Channel } from '@homeward/routing';

/** Who hears about which kind of event, and how: routing as data an admin manages. */
@Entity({ name: 'subscriptions' })
export class Subscription {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: AlertingKind;

  @Column('text', { name: 'recipient_type' })
  recipientType: 'ROLE' | 'PERSON';

  @Column('text')
  recipient: string;

  @Column('jsonb')
  channels: Channel[];

  @Column('text', { name: 'responsible_authority', nullable: true })
  responsibleAuthority: string | null;

  /** Only events reported by this force: a host area's contact for our children missing there. */
  @Column('text', { nullable: true })
  force: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
