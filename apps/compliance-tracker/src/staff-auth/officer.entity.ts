import { StaffRole, StaffRoles } from '@homeward/platform';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The staff roles every service knows from the tokens this directory signs. */
export const OfficerRoles = StaffRoles;
export type OfficerRole = StaffRole;

/** The rungs of the escalation ladder above the CMO, one manager each: escalations name them. */
export const LadderRoles = ['TEAM_MANAGER', 'SERVICE_MANAGER'] as const;
export type LadderRole = (typeof LadderRoles)[number];

/**
 * A member of staff. They sign in with a password, through the council's identity provider, or
 * (API clients, ops) with a key; only hashes of the password and key are stored.
 */
@Entity({ name: 'officers' })
export class Officer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  username: string;

  /** The person's name as pages show it ("Alex Morgan"); personal data, never logged. */
  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text')
  role: OfficerRole;

  /** A manager's rung of the escalation ladder (team manager, service manager); null for everyone else. */
  @Column('text', { name: 'ladder_role', nullable: true })
  ladderRole: LadderRole | null;

  /** SHA-256 of the officer key; null for staff who only sign in (password or identity provider). */
  @Column('text', { name: 'key_hash', unique: true, nullable: true })
  keyHash: string | null;

  /** The first characters of the key, so ops can tell keys apart. */
  @Column('text', { name: 'key_prefix', nullable: true })
  keyPrefix: string | null;

  /** scrypt (see passwords/password-hash.ts); null when the officer has no password here. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  /** Wrong passwords since the last good one, for the sign-in back-off. */
  @Column('integer', { name: 'failed_sign_ins', default: 0 })
  failedSignIns: number;

  @Column('timestamptz', { name: 'last_failed_sign_in_at', nullable: true })
  lastFailedSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;
}
