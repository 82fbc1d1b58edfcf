import type { AlertKind, DecisionCause, FiredRule, RequiredAction, RiskLevel, TaskType } from '@homeward/contracts';
import type { PlacementNoticeFact } from '@homeward/protocol';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the protocol asked for after one notification or timer. Append-only: never updated. */
@Entity({ name: 'decisions' })
export class Decision {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'episode_id' })
  episodeId: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  /** What it answered: a notification (its ids) or a timer (its kind and id), as in the event. */
  @Column('jsonb')
  cause: DecisionCause;

  /** The version label (as in the event) and the stored version that made the decision. */
  @Column('text', { name: 'protocol_version' })
  protocolVersion: string;

  @Column('uuid', { name: 'protocol_version_id' })
  protocolVersionId: string;

  @Column('text', { name: 'effective_risk' })
  effectiveRisk: RiskLevel;

  @Column('jsonb', { name: 'required_actions' })
  requiredActions: RequiredAction[];

  @Column('jsonb', { name: 'fired_rules' })
  firedRules: FiredRule[];

  @Column('text', { array: true })
  alerts: AlertKind[];

  @Column('jsonb')
  supersedes: { episodeId: string; taskType: TaskType }[];

  /** The police grading the effective risk starts from, and the rules that raised it above (null, []: decided before these were kept). */
  @Column('text', { name: 'police_risk', nullable: true })
  policeRisk: RiskLevel | null;

  @Column('jsonb', { name: 'risk_raised_by', default: [] })
  riskRaisedBy: FiredRule[];

  /** The child's allocated worker (staff id) when decided: a follow-up for the allocated worker goes to them. */
  @Column('text', { name: 'allocated_worker', nullable: true })
  allocatedWorker: string | null;

  /** The placement notice on record covering the episode, as the decision's facts showed it (null: none, or decided before notices were kept). */
  @Column('jsonb', { name: 'placement_notice', nullable: true })
  placementNotice: PlacementNoticeFact | null;

  @Column('timestamptz', { name: 'decided_at' })
  decidedAt: Date;

  /** Append order, set by the database; not part of the API answer. */
  @Column({ type: 'bigint', insert: false, update: false, select: false })
  seq?: string;
}
