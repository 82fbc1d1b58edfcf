import { AlertKinds, RiskLevels, TaskTypes } from '@homeward/contracts';
import { ApiProperty } from '@nestjs/swagger';

class DeadlineView {
  @ApiProperty({ enum: ['CLOCK_HOURS', 'WORKING_DAYS'] }) unit: string;
  @ApiProperty({ example: 72 }) amount: number;
}

class RequiredActionView {
  @ApiProperty({ description: 'Stable key: one task per (episode, task type)' }) actionKey: string;
  @ApiProperty({ enum: TaskTypes }) taskType: string;
  @ApiProperty({ enum: ['NORMAL', 'PRIORITY', 'URGENT'] }) priority: string;
  @ApiProperty({ type: DeadlineView }) deadline: DeadlineView;
  @ApiProperty({ format: 'date-time', description: 'The instant the deadline counts from (found time, report time, timer due)' })
  anchorAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'Placing LA code; null when it is this authority' })
  responsibleAuthority: string | null;
  @ApiProperty({ type: [String], description: 'Ids of the rules that asked for it' }) reasons: string[];
  @ApiProperty({ required: false, enum: ['ALLOCATED_WORKER'], description: "The task goes to the child's allocated worker (the decision's allocatedWorker), else to the team manager" })
  assignTo?: string;
}

class FiredRuleView {
  @ApiProperty({ example: 'return-interview' }) ruleId: string;
  @ApiProperty({ example: 'Child found: a return interview must be offered within 72 hours of return' }) reason: string;
}

class SupersededView {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ enum: TaskTypes }) taskType: string;
}

class DecisionCauseView {
  @ApiProperty({ enum: ['notification', 'timer'] }) kind: string;
  @ApiProperty({ required: false, description: 'For a notification: its ingest id' }) ingestId?: string;
  @ApiProperty({ required: false, description: "For a notification: the police system's id" }) notificationId?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'For a timer: its id' }) timerId?: string;
  @ApiProperty({ required: false, enum: ['LENGTHY_EPISODE', 'LOW_RISK_REVIEW'], description: 'For a timer: which time-based rule' }) timer?: string;
}

export class PlacementNoticeFactView {
  @ApiProperty({ format: 'uuid', description: 'The notice (GET /v1/children/{id}/placement-notices)' }) id: string;
  @ApiProperty({ example: 'E08000032' }) placingAuthority: string;
  @ApiProperty({ example: '2026-03-01' }) placementStart: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null while open-ended' }) placementEnd: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty() riskAssessmentProvided: boolean;
  @ApiProperty() riskManagementPlanProvided: boolean;
}

/** A decision as a manager reads it: no personal data, only the child's opaque id. */
export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty() policeReference: string;
  @ApiProperty({ type: DecisionCauseView, description: 'What the decision answered: a police notification or a time-based rule' })
  cause: DecisionCauseView;
  @ApiProperty({ example: 'nscb-default-2', description: 'Label of the protocol version that decided' }) protocolVersion: string;
  @ApiProperty({ format: 'uuid' }) protocolVersionId: string;
  @ApiProperty({ enum: RiskLevels, description: 'The police grading raised by the rules in riskRaisedBy' }) effectiveRisk: string;
  @ApiProperty({ enum: RiskLevels, nullable: true, type: String, description: 'The police grading (null on decisions made before it was kept)' }) policeRisk: string | null;
  @ApiProperty({ type: [FiredRuleView], description: 'The rules that raised the effective risk above the police grading, and why (e.g. a CSE flag)' }) riskRaisedBy: FiredRuleView[];
  @ApiProperty({ nullable: true, type: String, description: "The child's allocated worker (staff id) when decided" }) allocatedWorker: string | null;
  @ApiProperty({ type: [RequiredActionView] }) requiredActions: RequiredActionView[];
  @ApiProperty({ type: [FiredRuleView] }) firedRules: FiredRuleView[];
  @ApiProperty({ enum: AlertKinds, isArray: true }) alerts: string[];
  @ApiProperty({ type: [SupersededView], description: 'Open tasks of an earlier episode this decision replaces' }) supersedes: SupersededView[];
  @ApiProperty({ type: PlacementNoticeFactView, nullable: true, description: 'The placement notice on record covering the episode: with one, a placed-in child is not "placed without notice"' })
  placementNotice: PlacementNoticeFactView | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: Date;
}
