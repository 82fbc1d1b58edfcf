import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The child's allocated worker (a staff id), as staff last recorded it; its history is allocated_worker_history. */
@Entity({ name: 'allocated_workers' })
export class AllocatedWorker {
  @PrimaryColumn('uuid', { name: 'child_id' })
  childId: string;

  @Column('text', { name: 'staff_id' })
  staffId: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
