import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ApiKeyScope } from './api-key-scope';

/** One police force's (or placing authority's) credential. Only a hash of the secret is stored. */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryColumn('uuid')
  id: string;

  /** The force's code; for a PLACEMENT_NOTICES key, the placing authority's. */
  @Column('text')
  force: string;

  @Column('text', { default: 'POLICE_NOTIFICATIONS' })
  scope: ApiKeyScope;

  @Column('text')
  label: string;

  @Column('text', { name: 'key_hash', unique: true })
  keyHash: string;

  /** The first characters of the key, so ops can tell keys apart in a listing. */
  @Column('text', { name: 'key_prefix' })
  keyPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when rotated: the old key keeps working until then, so a force can switch over. */
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
