import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An accepted placement notice, as received (its body holds the child's details: never logged). */
@Entity({ name: 'placement_notices' })
export class PlacementNoticeRecord {
  @PrimaryColumn('uuid')
  id: string;

  /** `la:<code>` (a placing authority's key) or `staff:<staff id>`. */
  @Column('text')
  sender: string;

  @Column('text', { name: 'notice_id' })
  noticeId: string;

  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  @Column('jsonb')
  body: Record<string, unknown>;

  @Column('text', { name: 'correlation_id' })
  correlationId: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
