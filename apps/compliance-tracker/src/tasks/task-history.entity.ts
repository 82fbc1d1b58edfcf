import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every state change of a task: who, when, from what to what. Append-only. */
@Entity({ name: 'task_history' })
export class TaskHistory {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'task_id' })
  taskId: string;

  @Column('timestamptz')
  at: Date;

  @Column('text')
  actor: string;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus: string | null;

  @Column('text', { name: 'to_status' })
  toStatus: string;

  /** References only (decision ids, rules): never free text about the child. */
  @Column('jsonb')
  detail: Record<string, unknown>;
}
