import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const OfficerRoles = ['CMO', 'MANAGER', 'READ_ONLY'] as const;
export type OfficerRole = (typeof OfficerRoles)[number];

/** A member of staff who uses the CMO API. Only a hash of their key is stored. */
@Entity({ name: 'officers' })
export class Officer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  username: string;

  @Column('text')
  role: OfficerRole;

  @Column('text', { name: 'key_hash', unique: true })
  keyHash: string;

  /** The first characters of the key, so ops can tell keys apart. */
  @Column('text', { name: 'key_prefix' })
  keyPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;
}
