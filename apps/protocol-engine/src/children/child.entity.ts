import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A child known to the service. Personal data stays in this schema; events carry only `id`. */
@Entity({ name: 'children' })
export class Child {
  @PrimaryColumn('uuid')
  id: string;

  /** Keyed hash of the LA id, or of normalised names and date of birth: recognises the child again. */
  @Column('text', { name: 'child_key', unique: true })
  childKey: string;

  /** Names and date of birth are null once erased (erasedAt). */
  @Column('text', { name: 'given_name', nullable: true })
  givenName: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName: string | null;

  @Column('date', { name: 'date_of_birth', nullable: true })
  dateOfBirth: string | null;

  @Column('text', { nullable: true })
  gender: string | null;

  @Column('text', { name: 'local_authority_id', nullable: true })
  localAuthorityId: string | null;

  @CreateDateColumn({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt: Date;

  /** Set when staff merged this record into another: its id and key resolve to that survivor. */
  @Column('uuid', { name: 'merged_into', nullable: true })
  mergedInto: string | null;

  @Column('timestamptz', { name: 'merged_at', nullable: true })
  mergedAt: Date | null;

  /** Set when the child's personal data was erased (child_erasures holds the audit). */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;
}
