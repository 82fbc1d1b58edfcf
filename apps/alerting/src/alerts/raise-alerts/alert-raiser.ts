import type { RiskLevel } from '@homeward/contracts';
import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { FeedStream } from '../../delivery/channels/feed.stream';
import { deliveryWakeUp } from '../../delivery/deliver-alert/delivery-wake-up';
import { Delivery } from '../../delivery/delivery.entity';
import { AlertingKind, Channel, escalates, routeEvent } from '@homeward/routing';
import { Subscription } from '../../subscriptions/subscription.entity';
import { Alert } from '../alert.entity';
import { AlertView, toAlertView } from '../alert-view';
import { escalationWakeUp } from '../escalate-unacknowledged-alert/escalation-wake-up';
import { StaffDirectory } from '../../staff-directory/staff-directory';
import { ERASED_REFERENCE, erasureOfChild } from '../../child-erasures/erased-children';
import { addressAlerts } from './addressing';
import { erasedSummary } from './summaries';

/** An event worth telling people about: references only, never the child's details. */
export interface AlertableEvent {
  sourceEventId: string;
  kind: AlertingKind;
  targetRole: string | null;
  /** The officer (username) the event names for targetRole: the task's holder, a manager on the ladder. */
  namedOfficer?: string | null;
  responsibleAuthority: string | null;
  /** The reporting force, when the event came from a decision: host-area subscriptions filter on it. */
  force?: string | null;
  /** Null for a CME task's alert: a child missing education has no episode here. */
  childId: string | null;
  episodeId: string | null;
  policeReference: string | null;
  /** The CME case's reference, for a CME task's alert. */
  caseReference?: string | null;
  riskLevel: RiskLevel | null;
  taskId: string | null;
  escalationOf: string | null;
  summary: string;
}

const target = (c: Channel) => (c.type === 'EMAIL' ? c.address : c.type === 'WEBHOOK' ? c.url : '');

/**
 * Routes an event through the subscriptions and records one alert per recipient and one
 * delivery per alert and channel, with the wake-ups that send them and check for escalation,
 * inside the caller's transaction. The unique (source event, kind, recipient) makes a second
 * raise of the same event a no-op.
 */
@Injectable()
export class AlertRaiser {
  /** Feed alerts an open transaction raised: pushed to the live streams once it has committed. */
  private readonly forFeed = new WeakMap<EntityManager, AlertView[]>();

  constructor(
    private readonly clock: Clock,
    private readonly config: AlertingConfig,
    private readonly wakeUps: WakeUps,
    private readonly feed: FeedStream,
    private readonly directory: StaffDirectory,
    unitOfWork: UnitOfWork,
  ) {
    unitOfWork.onCommitted(async (em) => this.pushCommitted(em));
  }

  async raise(em: EntityManager, event: AlertableEvent): Promise<void> {
    const subscriptions = await em.getRepository(Subscription).find({ where: { kind: event.kind } });
    const raisedAt = this.clock.now();
    const routed = routeEvent(subscriptions, event);
    if (routed.length === 0) return;
    // Addressed by name too, and to the cover of whoever is on leave.
    const addressed = addressAlerts(routed, subscriptions, event, await this.directory.at(em, raisedAt));
    // An event in flight when the child was erased (a decision made before, consumed after) tells
    // its recipients, but carries nothing the erasure removed.
    // A CME task names no child id: its child's erasure is education-referrals' to carry out.
    const erasure = event.childId ? await erasureOfChild(em, event.childId) : null;
    const escalateAt = new Date(raisedAt.getTime() + this.config.ackTimeoutSeconds * 1_000);
    const rows: Alert[] = addressed.map(({ kind, recipient, addressee }) => ({
      id: randomUUID(),
      kind,
      recipient,
      sourceEventId: event.sourceEventId,
      childId: event.childId,
      episodeId: event.episodeId,
      policeReference: erasure ? ERASED_REFERENCE : event.policeReference,
      caseReference: event.caseReference ?? null,
      riskLevel: erasure ? null : event.riskLevel,
      taskId: event.taskId,
      responsibleAuthority: event.responsibleAuthority,
      summary: erasure ? erasedSummary(kind) : event.summary,
      addressee,
      raisedAt,
      escalationOf: event.escalationOf,
      escalateAt: escalates(kind, recipient) ? escalateAt : null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      escalatedAt: null,
      erasedAt: erasure ? raisedAt : null,
      erasureId: erasure?.erasureId ?? null,
    }));
    const inserted = await em.createQueryBuilder().insert().into(Alert).values(rows).orIgnore().returning(['id']).execute();
    const created = new Set((inserted.raw as { id: string }[]).map((r) => r.id));
    const fresh = rows.filter((r) => created.has(r.id));
    const channelsOf = new Map(addressed.map((r) => [r.recipient, r.channels]));
    // A feed alert is delivered by its commit: the feed is this table. Its delivery row is SENT at
    // once and the live push happens after the commit, so it needs no wake-up (and no retry).
    const deliveries = fresh.flatMap((alert) =>
      (channelsOf.get(alert.recipient) ?? []).map((c) => {
        const onFeed = c.type === 'FEED';
        return {
          id: randomUUID(),
          alertId: alert.id,
          channel: c.type,
          target: target(c),
          secret: c.type === 'WEBHOOK' ? c.secret : null,
          status: onFeed ? ('SENT' as const) : ('PENDING' as const),
          attempts: onFeed ? 1 : 0,
          sentAt: onFeed ? raisedAt : null,
          createdAt: raisedAt,
        };
      }),
    );
    if (deliveries.length > 0) await em.createQueryBuilder().insert().into(Delivery).values(deliveries).execute();
    await this.wakeUps.schedule(
      em,
      ...deliveries.filter((d) => d.channel !== 'FEED').map((d) => deliveryWakeUp(d.id, raisedAt)),
      ...fresh.flatMap((a) => (a.escalateAt ? [escalationWakeUp(a.id, a.escalateAt)] : [])),
    );
    const feedAlertIds = new Set(deliveries.filter((d) => d.channel === 'FEED').map((d) => d.alertId));
    const onFeed = fresh.filter((a) => feedAlertIds.has(a.id)).map((a) => toAlertView(a, this.config.linkBaseUrl));
    this.forFeed.set(em, [...(this.forFeed.get(em) ?? []), ...onFeed]);
  }

  /** Never throws: the alerts are committed, and the stream is only a live hint of the feed. */
  private async pushCommitted(em: EntityManager): Promise<void> {
    const alerts = this.forFeed.get(em);
    this.forFeed.delete(em);
    alerts?.forEach((alert) => this.feed.publish(alert));
  }
}
