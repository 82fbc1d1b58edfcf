import { childKey, Clock, createEnvelope, DecisionMadeV1, NotificationReceivedV1, Topics } from '@homeward/contracts';
import { decide } from '@homeward/protocol';
import { Inbox, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, Not } from 'typeorm';
import { Child } from '../../children/child.entity';
import { applyNotification, toSnapshot } from '../../episodes/apply-notification';
import { Episode } from '../../episodes/episode.entity';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { ActiveProtocol } from '../../protocol-versions/active-protocol';
import { Decision } from '../decision.entity';
import { DecideOnNotificationCommand } from './decide-on-notification.command';

const CONSUMER = 'protocol-engine.decide-on-notification';

/**
 * Recognises the child, folds the notification into its episode, applies the protocol in force
 * and records the decision with its outbox event: all in one transaction with the inbox row.
 */
@Injectable()
export class DecideOnNotification {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: OutboxWriter,
    private readonly protocol: ActiveProtocol,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
  ) {}

  async execute(command: DecideOnNotificationCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const n = command.notification;
      const child = await this.recogniseChild(em, n);
      const episode = applyNotification(await this.episodeOf(em, child, n), n);
      const others = await em.find(Episode, { where: { childId: child.id, id: Not(episode.id) } });
      const profile = this.protocol.at(new Date(n.occurredAt));
      const now = this.clock.now();
      const outcome = await decide(profile, {
        now: now.toISOString(),
        homeAuthority: this.config.homeAuthorityCode,
        child: { dateOfBirth: child.dateOfBirth },
        trigger: { kind: 'NOTIFICATION', type: n.type, occurredAt: n.occurredAt },
        episode: toSnapshot(episode),
        otherEpisodes: others.map(toSnapshot),
        alreadyRequested: episode.requestedActions,
      });
      episode.requestedActions = [...episode.requestedActions, ...outcome.requiredActions.map((a) => a.actionKey)];
      await em.save(episode);

      const decision = em.create(Decision, {
        id: randomUUID(),
        childId: child.id,
        episodeId: episode.id,
        policeReference: episode.policeReference,
        trigger: `notification:${n.ingestId}`,
        protocolVersion: profile.version,
        effectiveRisk: outcome.effectiveRisk,
        requiredActions: outcome.requiredActions,
        firedRules: outcome.firedRules,
        alerts: outcome.alerts,
        supersedes: outcome.supersedes,
        decidedAt: now,
      });
      await em.insert(Decision, decision as never);
      const data: DecisionMadeV1 = {
        decisionId: decision.id,
        notificationId: n.notificationId,
        ingestId: n.ingestId,
        force: n.force,
        childId: child.id,
        episodeId: episode.id,
        policeReference: episode.policeReference,
        riskLevel: outcome.effectiveRisk,
        protocolVersion: profile.version,
        decidedAt: now.toISOString(),
        requiredActions: outcome.requiredActions,
        firedRules: outcome.firedRules,
        alerts: outcome.alerts,
        supersedes: outcome.supersedes,
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
          correlationId: command.correlationId,
          causationId: command.messageId,
          producer: 'protocol-engine',
        }),
      });
    });
  }

  private async recogniseChild(em: EntityManager, n: NotificationReceivedV1): Promise<Child> {
    const key = childKey(this.config.childKeySecret, n.child);
    await em.query(
      `INSERT INTO children (id, child_key, given_name, family_name, date_of_birth, gender, local_authority_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (child_key) DO NOTHING`,
      [randomUUID(), key, n.child.givenName, n.child.familyName, n.child.dateOfBirth, n.child.gender ?? null, n.child.localAuthorityId ?? null],
    );
    return em.findOneOrFail(Child, { where: { childKey: key } });
  }

  private async episodeOf(em: EntityManager, child: Child, n: NotificationReceivedV1): Promise<Episode> {
    const existing = await em.findOne(Episode, {
      where: { force: n.force, policeReference: n.policeReference },
      lock: { mode: 'pessimistic_write' },
    });
    return (
      existing ??
      em.create(Episode, {
        id: randomUUID(),
        childId: child.id,
        force: n.force,
        policeReference: n.policeReference,
        missingSince: null,
        foundAt: null,
        riskLevel: n.riskLevel,
        riskGradedAt: new Date(0),
        vulnerabilities: [],
        careStatus: n.careStatus,
        responsibleAuthority: null,
        missingFrom: null,
        requestedActions: [],
      })
    );
  }
}
