import { Clock, NotificationReceivedV1 } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ChildCorrections } from '../../children/child-corrections';
import { ChildMatcher } from '../../children/child-matcher';
import { Child } from '../../children/child.entity';
import { AppliedNotification } from '../../episodes/applied-notification.entity';
import { newEpisode } from '../../episodes/apply-notification';
import { Episode } from '../../episodes/episode.entity';
import { NotificationDetails, notificationDetailsOf } from '../../episodes/notification-details.entity';
import { placementNoticesOf } from '../../placement-notices/placement-notices-on-record';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { ActiveProtocol } from '../../protocol-versions/active-protocol';
import { decideOn } from '../decision-pipeline';
import { ProtocolMetrics } from '../protocol-metrics';
import { DecisionLog } from '../decision-log';
import { DecideOnNotificationCommand } from './decide-on-notification.command';

const CONSUMER = 'protocol-engine.decide-on-notification';

/**
 * Recognises the child, folds the notification into its episode, applies the protocol version
 * in force when the event happened and records the decision, its outbox event, the episode's
 * due timers, the notification's replayable inputs and its location and found details (personal,
 * so apart from those inputs): all in one transaction with the inbox row.
 */
@Injectable()
export class DecideOnNotification {
  constructor(
    private readonly inbox: Inbox,
    private readonly decisionLog: DecisionLog,
    private readonly protocol: ActiveProtocol,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
    private readonly metrics: ProtocolMetrics,
    private readonly children: ChildMatcher,
    private readonly corrections: ChildCorrections,
  ) {}

  execute(command: DecideOnNotificationCommand): Promise<void> {
    return this.metrics.decide('notification', () => this.decideOnce(command));
  }

  private async decideOnce(command: DecideOnNotificationCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const n = command.notification;
      // The same accepted notification in a second envelope (a replayed relay) is applied once.
      if (await em.exists(AppliedNotification, { where: { ingestId: n.ingestId } })) return;
      const matched = await this.children.match(em, n);
      // An erased record takes no personal data back from a late message about its occurrence.
      const child =
        n.type === 'CORRECTED' && !matched.erasedAt
          ? await this.corrections.correct(em, matched, n.child, { actor: `police:${n.force}`, at: this.clock.now(), correlationId: command.correlationId, causationId: command.messageId })
          : matched;
      const { episode: stored, others } = await this.episodesOf(em, child, n);
      const version = await this.protocol.at(new Date(n.occurredAt));
      const now = this.clock.now();
      const placementNotices = await placementNoticesOf(em, [child.id]);
      const { episode, outcome } = await this.metrics.evaluate('notification', () =>
        decideOn(
          version.profile,
          { dateOfBirth: child.dateOfBirth ?? '', episode: stored, episodes: others, placementNotices },
          { kind: 'notification', notification: n },
          { now, homeAuthority: this.config.homeAuthorityCode, homeForces: this.config.homeForces },
        ),
      );
      const decision = await this.decisionLog.append(em, {
        child,
        episode,
        version,
        outcome,
        decidedAt: now,
        cause: { kind: 'notification', ingestId: n.ingestId, notificationId: n.notificationId },
        correlationId: command.correlationId,
        causationId: command.messageId,
      });
      await em.insert(AppliedNotification, {
        ingestId: n.ingestId,
        notificationId: n.notificationId,
        childId: child.id,
        episodeId: episode.id,
        force: n.force,
        policeReference: n.policeReference,
        type: n.type,
        occurredAt: new Date(n.occurredAt),
        riskLevel: n.riskLevel,
        careStatus: n.careStatus,
        responsibleAuthority: n.responsibleAuthority ?? null,
        missingFrom: n.missingFrom ?? null,
        vulnerabilities: n.vulnerabilities,
        decidedAt: now,
        decisionId: decision.id,
        protocolVersionId: version.id,
      });
      const details = child.erasedAt ? null : notificationDetailsOf(n, { childId: child.id, episodeId: episode.id });
      if (details) await em.insert(NotificationDetails, details);
    });
  }

  /** The notification's episode (new if unknown) and all the child's episodes, locked, in one read. */
  private async episodesOf(em: EntityManager, child: Child, n: NotificationReceivedV1): Promise<{ episode: Episode; others: Episode[] }> {
    const rows = await em.find(Episode, {
      where: [{ childId: child.id }, { force: n.force, policeReference: n.policeReference }],
      lock: { mode: 'pessimistic_write' },
    });
    const existing = rows.find((e) => e.force === n.force && e.policeReference === n.policeReference);
    return {
      episode:
        existing ??
        newEpisode({ id: randomUUID(), childId: child.id, force: n.force, policeReference: n.policeReference, riskLevel: n.riskLevel, careStatus: n.careStatus }),
      others: rows.filter((e) => e.childId === child.id),
    };
  }
}
