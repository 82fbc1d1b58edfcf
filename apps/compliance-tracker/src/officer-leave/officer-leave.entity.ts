import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A period an officer (see staff-auth's Officer) is away, and who covers their work: a named
 * officer, or the team queue when `coverOfficerId` is null. Postgres is the record; a wake-up
 * only wakes us at `startsAt` to hand the tasks over, once (`routedAt`).
 */
@Entity({ name: 'officer_leave' })
export class OfficerLeave {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'officer_id' })
  officerId: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  @Column('uuid', { name: 'cover_officer_id', nullable: true })
  coverOfficerId: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('timestamptz', { name: 'routed_at', nullable: true })
  routedAt: Date | null;

  @Column('integer', { name: 'routed_tasks', nullable: true })
  routedTasks: number | null;

  /** Cancelled leave is kept, so what it moved (if it had started) stays explained. */
  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column('text', { name: 'cancelled_by', nullable: true })
  cancelledBy: string | null;
}
