import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A school that sends returns, known by its URN (the DfE's unique reference number). */
@Entity({ name: 'schools' })
export class School {
  @PrimaryColumn('text')
  urn: string;

  @Column('text')
  name: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;
}

/** One credential of a school. Only a hash of the secret is stored. */
@Entity({ name: 'school_keys' })
export class SchoolKey {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  urn: string;

  @Column('text', { name: 'key_hash', unique: true })
  keyHash: string;

  /** The first characters of the key, so ops can tell keys apart in a listing. */
  @Column('text', { name: 'key_prefix' })
  keyPrefix: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
