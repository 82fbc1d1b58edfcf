import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SchoolReturnKinds = ['DELETION', 'ADMISSION', 'ABSENCE', 'SICKNESS'] as const;
export type SchoolReturnKind = (typeof SchoolReturnKinds)[number];

/** A return as the school sent it (its body holds the pupil's and parents' details: never logged). */
@Entity({ name: 'school_returns' })
export class SchoolReturnRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  urn: string;

  @Column('text')
  kind: SchoolReturnKind;

  @Column('text', { name: 'return_id' })
  returnId: string;

  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  @Column('jsonb')
  body: Record<string, unknown>;

  @Column('text', { name: 'child_key' })
  childKey: string;

  /** The CME case it opened, joined or closed; null when it needed none (a deletion to a known school). */
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId: string | null;

  /** Sent after the time the regulations allow (a deletion return after the deletion, a new-pupil return after 5 school days). */
  @Column('boolean')
  late: boolean;

  @Column('text', { name: 'correlation_id' })
  correlationId: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
