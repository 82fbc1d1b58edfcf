import type { ProtocolProfile } from '@homeward/protocol';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const VersionStatuses = ['DRAFT', 'ACTIVE', 'RETIRED'] as const;
export type VersionStatus = (typeof VersionStatuses)[number];

/**
 * One version of the local protocol. A DRAFT can be tried (what-if) and activated; once
 * activated its profile never changes. RETIRED means a later version took over from
 * `retiredAt`: it still decides for events that happened before that.
 */
@Entity({ name: 'protocol_versions' })
export class ProtocolVersion {
  @PrimaryColumn('uuid')
  id: string;

  /** The profile's own `version` label, unique: decisions and events name it. */
  @Column('text')
  version: string;

  @Column('jsonb')
  profile: ProtocolProfile;

  @Column('text')
  status: VersionStatus;

  @Column('timestamptz', { name: 'effective_from', nullable: true })
  effectiveFrom: Date | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('text', { name: 'activated_by', nullable: true })
  activatedBy: string | null;

  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt: Date | null;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt: Date | null;
}
