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

/** A decision as a manager reads it: no personal data, only the child's opaque id. */
export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty() policeReference: string;
  @ApiProperty({ type: DecisionCauseView, description: 'What the decision answered: a police notification or a time-based rule' })
  cause: DecisionCauseView;
  @ApiProperty({ example: 'nscb-default-1', description: 'Label of the protocol version that decided' }) protocolVersion: string;
  @ApiProperty({ format: 'uuid' }) protocolVersionId: string;
  @ApiProperty({ enum: RiskLevels }) effectiveRisk: string;
  @ApiProperty({ type: [RequiredActionView] }) requiredActions: RequiredActionView[];
  @ApiProperty({ type: [FiredRuleView] }) firedRules: FiredRuleView[];
  @ApiProperty({ enum: AlertKinds, isArray: true }) alerts: string[];
  @ApiProperty({ type: [SupersededView], description: 'Open tasks of an earlier episode this decision replaces' }) supersedes: SupersededView[];
  @ApiProperty({ format: 'date-time' }) decidedAt: Date;
}
