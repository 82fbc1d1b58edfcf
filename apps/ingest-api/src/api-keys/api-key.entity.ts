import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One police force's credential. Only a hash of the secret is stored. */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  force: string;

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
