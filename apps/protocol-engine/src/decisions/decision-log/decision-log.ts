import { createEnvelope, DecisionCause, DecisionMadeV1, Topics } from '@homeward/contracts';
import type { DecisionOutcome } from '@homeward/protocol';
import { OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Child } from '../../children/child.entity';
import { Episode } from '../../episodes/episode.entity';
import type { VersionInForce } from '../../protocol-versions/active-protocol';
import { EpisodeTimers } from '../../timers/store-episode-timers';
import { Decision } from '../decision.entity';
import { allocatedWorkerOf } from '../../allocated-workers/allocated-workers';
import { MeetingLists } from '../../meeting-lists/meeting-lists';

export interface DecisionToAppend {
  child: Child;
  /** The episode after the decision, its requested actions grown by the outcome's. */
  episode: Episode;
  version: VersionInForce;
  outcome: DecisionOutcome;
  decidedAt: Date;
  cause: DecisionCause;
  correlationId: string;
  causationId: string;
}

/**
 * The decision log the deciding use cases share (a helper, not a use case): appends a decision,
 * whatever triggered it, in the caller's transaction: the append-only
 * decision row, the episode with the actions now requested, the outbox event, the episode's
 * due timers with their wake-ups, and the meeting lists its listings keep.
 */
@Injectable()
export class DecisionLog {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly timers: EpisodeTimers,
    private readonly meetingLists: MeetingLists,
  ) {}

  async append(em: EntityManager, d: DecisionToAppend): Promise<Decision> {
    const { child, episode, outcome, version } = d;
    // An upsert, not save(): save reads the row back first, a round trip for nothing.
    await em.upsert(Episode, episode, ['id']);

    const decision: Decision = {
      id: randomUUID(),
      childId: child.id,
      episodeId: episode.id,
      policeReference: episode.policeReference,
      cause: d.cause,
      protocolVersion: version.profile.version,
      protocolVersionId: version.id,
      effectiveRisk: outcome.effectiveRisk,
      requiredActions: outcome.requiredActions,
      firedRules: outcome.firedRules,
      alerts: outcome.alerts,
      supersedes: outcome.supersedes,
      policeRisk: outcome.policeRisk,
      riskRaisedBy: outcome.riskRaisedBy,
      allocatedWorker: await allocatedWorkerOf(em, child.id),
      placementNotice: outcome.facts.placementNotice ?? null,
      decidedAt: d.decidedAt,
    };
    await em.insert(Decision, decision as never);

    const data: DecisionMadeV1 = {
      decisionId: decision.id,
      ...(d.cause.kind === 'notification' && { notificationId: d.cause.notificationId, ingestId: d.cause.ingestId }),
      cause: d.cause,
      force: episode.force,
      childId: child.id,
      episodeId: episode.id,
      policeReference: episode.policeReference,
      riskLevel: outcome.effectiveRisk,
      protocolVersion: decision.protocolVersion,
      decidedAt: d.decidedAt.toISOString(),
      requiredActions: outcome.requiredActions,
      firedRules: outcome.firedRules,
      alerts: outcome.alerts,
      supersedes: outcome.supersedes,
      policeRiskLevel: outcome.policeRisk,
      riskRaisedBy: outcome.riskRaisedBy,
      allocatedWorker: decision.allocatedWorker,
      ...(episode.withdrawnAt && { withdrawn: { reason: episode.withdrawnReason ?? 'MADE_IN_ERROR', withdrawnAt: episode.withdrawnAt.toISOString() } }),
    };
    await this.outbox.append(em, {
      topic: Topics.decisionMade,
      key: child.id,
      aggregateType: 'decision',
      aggregateId: decision.id,
      envelope: createEnvelope({
        type: 'protocol.decision-made',
        version: 1,
        data,
        correlationId: d.correlationId,
        causationId: d.causationId,
        producer: 'protocol-engine',
      }),
    });
    await this.timers.store(em, version.profile, episode);
    await this.meetingLists.record(em, {
      childId: child.id,
      decisionId: decision.id,
      policeReference: episode.policeReference,
      outcome,
      profile: version.profile,
      decidedAt: d.decidedAt,
      correlationId: d.correlationId,
      causationId: d.causationId,
      withdrawn: Boolean(episode.withdrawnAt),
    });
    return decision;
  }
}
