import type { PlacementProviderKind } from '@homeward/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A notice that a looked-after child was placed here, matched to the child. The provider's name
 * says where a child lives: personal, so it stays in this table and the staff read, never in a
 * decision's facts, an event or a log.
 */
@Entity({ name: 'placement_notices' })
export class PlacementNotice {
  /** ingest-api's id for the accepted notice: the one staff and the decision's facts quote. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  /** `la:<code>` or `staff:<staff id>`, with the sender's own notice id. */
  @Column('text')
  sender: string;

  @Column('text', { name: 'notice_id' })
  noticeId: string;

  @Column('text', { name: 'placing_authority' })
  placingAuthority: string;

  @Column('date', { name: 'placement_start' })
  placementStart: string;

  @Column('date', { name: 'placement_end', nullable: true })
  placementEnd: string | null;

  /** Null once the child's personal data was erased. */
  @Column('text', { name: 'provider_name', nullable: true })
  providerName: string | null;

  @Column('text', { name: 'provider_kind' })
  providerKind: PlacementProviderKind;

  @Column('boolean', { name: 'risk_assessment_provided' })
  riskAssessmentProvided: boolean;

  @Column('boolean', { name: 'risk_management_plan_provided' })
  riskManagementPlanProvided: boolean;

  /** When ingest-api accepted it. */
  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  /** When it was on record here: a decision made before then did not know of it (what-if replays that). */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
