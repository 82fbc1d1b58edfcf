import { StaffRole, StaffRoles } from '@homeward/platform';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The staff roles every service knows from the tokens this directory signs. */
export const OfficerRoles = StaffRoles;
export type OfficerRole = StaffRole;

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
