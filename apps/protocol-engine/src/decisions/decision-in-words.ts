import { AlertKinds, RiskLevels, TaskPriorities, TaskTypes } from '@homeward/contracts';
import type { AlertKind, DecisionCause, FiredRule, NotificationType, RequiredAction, RiskLevel } from '@homeward/contracts';
import { computeDeadline } from '@homeward/deadlines';
import type { PlacementNoticeFact, TimerKind } from '@homeward/protocol';
import { ApiProperty } from '@nestjs/swagger';
import { PlacementNoticeFactView } from './decision.view';

export class ProtocolVersionRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'nscb-default-2', description: "The profile's version label" }) version: string;
  @ApiProperty({ nullable: true, type: String, example: 'NSCB default' }) name: string | null;
}

export class RuleInWords {
  @ApiProperty({ example: 'priority-return-interview' }) id: string;
  @ApiProperty({ example: 'Return interview is a priority: episode over 24 hours, 2+ episodes in 90 days, or a CSE, CCE or mental-health flag' })
  description: string;
}

export class ActionInWords {
  @ApiProperty({ enum: TaskTypes }) type: string;
  @ApiProperty({ enum: TaskPriorities }) priority: string;
  @ApiProperty({ format: 'date-time', description: 'The deadline, reckoned as compliance-tracker does (clock hours, or working days in England and Wales)' })
  dueAt: string;
  @ApiProperty({ type: [String], description: 'Ids of the rules that asked for it (see rulesFired)' }) reasons: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Placing LA code; null when it is this authority' }) responsibleAuthority: string | null;
}

/** A decision as staff read it: why it was made, under which protocol version, what it asked for. */
export class DecisionInWordsView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: Date;
  @ApiProperty({ example: 'Police notification: found', description: 'What the decision answered: a police notification or a time-based check' })
  cause: string;
  @ApiProperty({ enum: RiskLevels, description: 'Risk after the protocol (e.g. at least HIGH with a CSE or CCE flag)' }) effectiveRisk: string;
  @ApiProperty({ enum: AlertKinds, isArray: true }) alerts: string[];
  @ApiProperty({ type: ProtocolVersionRef }) protocolVersion: ProtocolVersionRef;
  @ApiProperty({ type: [RuleInWords] }) rulesFired: RuleInWords[];
  @ApiProperty({ type: [ActionInWords] }) actions: ActionInWords[];
  @ApiProperty({ type: PlacementNoticeFactView, nullable: true, description: 'The placement notice on record covering the episode, if any' })
  placementNotice: PlacementNoticeFact | null;
  @ApiProperty({ nullable: true, type: String, example: 'Placement notice from E08000032 on record (placed from 2026-03-01, open-ended): risk assessment received, risk management plan not received' })
  placementNoticeInWords: string | null;
}

export class DecisionDetailView extends DecisionInWordsView {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
}

const NOTIFICATION_WORDS: Record<NotificationType, string> = {
  MISSING_REPORTED: 'reported missing',
  RISK_UPDATED: 'risk grading updated',
  FOUND: 'found',
  CANCELLED: 'report withdrawn',
  CORRECTED: "child's details corrected",
};

const TIMER_WORDS: Record<TimerKind, string> = {
  LENGTHY_EPISODE: 'still missing, the lengthy-episode check',
  LOW_RISK_REVIEW: 'still missing at very low or low risk, the review of the grading',
};

/** A decision's cause in words; the notification's type comes from its applied row. */
export function causeInWords(cause: DecisionCause, notificationType: NotificationType | null): string {
  if (cause.kind === 'notification') return `Police notification: ${notificationType ? NOTIFICATION_WORDS[notificationType] : 'received'}`;
  return `Time-based check: ${TIMER_WORDS[cause.timer as TimerKind] ?? cause.timer}`;
}

/** A stored decision, as read with its version's name and its notification's type. */
export interface DecisionRowInWords {
  id: string;
  childId: string;
  episodeId: string;
  policeReference: string;
  cause: DecisionCause;
  decidedAt: Date;
  effectiveRisk: RiskLevel;
  alerts: AlertKind[];
  requiredActions: RequiredAction[];
  firedRules: FiredRule[];
  protocolVersionId: string;
  protocolVersion: string;
  protocolVersionName: string | null;
  notificationType: NotificationType | null;
  placementNotice?: PlacementNoticeFact | null;
}

const received = (yes: boolean) => (yes ? 'received' : 'not received');

export function placementNoticeInWords(n: PlacementNoticeFact | null): string | null {
  if (!n) return null;
  const period = n.placementEnd ? `${n.placementStart} to ${n.placementEnd}` : `from ${n.placementStart}, open-ended`;
  return `Placement notice from ${n.placingAuthority} on record (placed ${period}): risk assessment ${received(n.riskAssessmentProvided)}, risk management plan ${received(n.riskManagementPlanProvided)}`;
}

export function decisionInWords(d: DecisionRowInWords): DecisionDetailView {
  return {
    id: d.id,
    childId: d.childId,
    episodeId: d.episodeId,
    policeReference: d.policeReference,
    decidedAt: d.decidedAt,
    cause: causeInWords(d.cause, d.notificationType),
    effectiveRisk: d.effectiveRisk,
    alerts: d.alerts,
    protocolVersion: { id: d.protocolVersionId, version: d.protocolVersion, name: d.protocolVersionName },
    rulesFired: d.firedRules.map((r) => ({ id: r.ruleId, description: r.reason })),
    actions: d.requiredActions.map((a) => ({
      type: a.taskType,
      priority: a.priority,
      dueAt: computeDeadline(a.deadline, new Date(a.anchorAt)).toISOString(),
      reasons: a.reasons,
      responsibleAuthority: a.responsibleAuthority,
    })),
    placementNotice: d.placementNotice ?? null,
    placementNoticeInWords: placementNoticeInWords(d.placementNotice ?? null),
  };
}
