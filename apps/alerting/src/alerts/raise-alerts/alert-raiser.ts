import type { RiskLevel } from '@homeward/contracts';
import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { Delivery } from '../../delivery/delivery.entity';
import { AlertingKind, Channel, escalates, routeEvent } from '@homeward/routing';
import { Subscription } from '../../subscriptions/subscription.entity';
import { Alert } from '../alert.entity';
import { AlertView, toAlertView } from '../alert-view';

/** An event worth telling people about: references only, never the child's details. */
export interface AlertableEvent {
  sourceEventId: string;
  kind: AlertingKind;
  targetRole: string | null;
  responsibleAuthority: string | null;
  childId: string;
  episodeId: string;
  policeReference: string;
  riskLevel: RiskLevel | null;
  taskId: string | null;
  escalationOf: string | null;
  summary: string;
}

/** What the transaction created, to wake the workers and the live feed once it has committed. */
export interface RaisedAlerts {
  /** E-mail and webhook deliveries: sent by the delivery worker, with retries. */
  deliveryIds: string[];
  escalations: { alertId: string; escalateAt: Date }[];
  /** Alerts for the in-app feed, pushed to open streams after the commit. */
  onFeed: AlertView[];
}

export const nothingRaised = (): RaisedAlerts => ({ deliveryIds: [], escalations: [], onFeed: [] });

/** Adds what one raise created to what a use case has collected so far. */
export function collectRaised(into: RaisedAlerts, more: RaisedAlerts): void {
  into.deliveryIds.push(...more.deliveryIds);
  into.escalations.push(...more.escalations);
  into.onFeed.push(...more.onFeed);
}

const target = (c: Channel) => (c.type === 'EMAIL' ? c.address : c.type === 'WEBHOOK' ? c.url : '');

/**
 * Routes an event through the subscriptions and records one alert per recipient and one
 * delivery per alert and channel, inside the caller's transaction. The unique
 * (source event, kind, recipient) makes a second raise of the same event a no-op.
 */
@Injectable()
export class AlertRaiser {
  constructor(
    private readonly clock: Clock,
    private readonly config: AlertingConfig,
  ) {}

  async raise(em: EntityManager, event: AlertableEvent): Promise<RaisedAlerts> {
    const subscriptions = await em.getRepository(Subscription).find({ where: { kind: event.kind } });
    const routed = routeEvent(subscriptions, event);
    if (routed.length === 0) return nothingRaised();
    const raisedAt = this.clock.now();
    const escalateAt = new Date(raisedAt.getTime() + this.config.ackTimeoutSeconds * 1_000);
    const rows: Alert[] = routed.map(({ kind, recipient }) => ({
      id: randomUUID(),
      kind,
      recipient,
      sourceEventId: event.sourceEventId,
      childId: event.childId,
      episodeId: event.episodeId,
      policeReference: event.policeReference,
      riskLevel: event.riskLevel,
      taskId: event.taskId,
      responsibleAuthority: event.responsibleAuthority,
      summary: event.summary,
      raisedAt,
      escalationOf: event.escalationOf,
      escalateAt: escalates(kind, recipient) ? escalateAt : null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      escalatedAt: null,
    }));
    const inserted = await em.createQueryBuilder().insert().into(Alert).values(rows).orIgnore().returning(['id']).execute();
    const created = new Set((inserted.raw as { id: string }[]).map((r) => r.id));
    const fresh = rows.filter((r) => created.has(r.id));
    const channelsOf = new Map(routed.map((r) => [r.recipient, r.channels]));
    // A feed alert is delivered by its commit: the feed is this table. Its delivery row is SENT at
    // once and the live push happens after the commit, so no queued job (and no retry) is needed.
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
    const feedAlertIds = new Set(deliveries.filter((d) => d.channel === 'FEED').map((d) => d.alertId));
    return {
      deliveryIds: deliveries.filter((d) => d.channel !== 'FEED').map((d) => d.id),
      escalations: fresh.flatMap((a) => (a.escalateAt ? [{ alertId: a.id, escalateAt: a.escalateAt }] : [])),
      onFeed: fresh.filter((a) => feedAlertIds.has(a.id)).map((a) => toAlertView(a, this.config.linkBaseUrl)),
    };
  }
}
