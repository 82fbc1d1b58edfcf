import type { Client } from 'pg';
import { generateNotificationMix, GeneratedNotification } from '../../faults/support/notification-mix';
import { DEV_OFFICER_KEY } from './stack';

const DAY = 86_400_000;

export interface Sent {
  notificationId: string;
  policeReference: string;
  sentAt: number;
  status: number;
}

export interface Latency {
  notificationId: string;
  /** Seconds since the run started, when the notification was posted. */
  atS: number;
  taskMs: number | null;
  alertMs: number | null;
}

/**
 * The fault tests' realistic mix, with references and ids of this run's own. `live`: as
 * traffic arriving now, each message's times moved into the last `live` ms in posting order
 * (replayed history would make every deadline already overdue and fire its escalations at once).
 */
export function notificationsFor(count: number, tag: string, seed: number, liveWindowMs?: number): GeneratedNotification[] {
  const mix = generateNotificationMix({ notifications: count, seed, startsAt: new Date(Date.now() - 400 * DAY) }).flat().slice(0, count);
  const now = Date.now();
  return mix.map((n, i) => {
    const renamed = { ...n, notificationId: `${tag}-${n.notificationId}`, policeReference: `${tag}-${n.policeReference}` };
    if (liveWindowMs === undefined) return renamed;
    const at = now - liveWindowMs + Math.floor((i * liveWindowMs) / mix.length);
    return { ...renamed, occurredAt: new Date(at).toISOString(), ...(n.found ? { found: { ...n.found, safeAndWellCheckAt: new Date(at + 60_000).toISOString() } } : {}) };
  });
}

/**
 * Open loop: notification i is posted at start + i/rate whatever the earlier ones are doing,
 * so a slow system shows up as latency, not as a lower offered rate.
 */
export async function postAtRate(url: string, apiKey: string, notifications: GeneratedNotification[], rate: number, onSent?: (s: Sent) => void): Promise<Sent[]> {
  const started = Date.now();
  const sent: Promise<Sent>[] = [];
  for (let i = 0; i < notifications.length; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    const n = notifications[i];
    const sentAt = Date.now();
    sent.push(
      fetch(`${url}/v1/notifications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(n),
        signal: AbortSignal.timeout(30_000),
      })
        .then(async (res) => (await res.arrayBuffer(), res.status), () => 0)
        .then((status) => {
          const s = { notificationId: n.notificationId, policeReference: n.policeReference, sentAt, status };
          onSent?.(s);
          return s;
        }),
    );
  }
  return Promise.all(sent);
}

/**
 * From the services' own rows: the first task created from the notification's decision
 * (compliance.tasks.created_at, the creating transaction's start) and the first alert raised
 * for that decision's event (alerting.alerts.raised_at), minus the moment it was posted.
 */
export async function latenciesFromRows(db: Client, sent: Sent[], runStartedAt: number): Promise<Latency[]> {
  const ids = sent.map((s) => s.notificationId);
  // Set-based (hash joins): neither tasks.decision_id nor protocol.outbox.aggregate_id is indexed.
  const { rows } = await db.query<{ notification_id: string; task_at: Date | null; alert_at: Date | null }>(
    `WITH a AS (SELECT notification_id, decision_id FROM protocol.applied_notifications WHERE notification_id = ANY($1)),
          t AS (SELECT decision_id, min(created_at) AS task_at FROM compliance.tasks WHERE decision_id IN (SELECT decision_id FROM a) GROUP BY decision_id),
          e AS (SELECT aggregate_id, payload->>'id' AS event_id FROM protocol.outbox WHERE aggregate_id IN (SELECT decision_id::text FROM a)),
          al AS (SELECT e.aggregate_id, min(al.raised_at) AS alert_at FROM e JOIN alerting.alerts al ON al.source_event_id::text = e.event_id GROUP BY e.aggregate_id)
     SELECT a.notification_id, t.task_at, al.alert_at
       FROM a LEFT JOIN t ON t.decision_id = a.decision_id LEFT JOIN al ON al.aggregate_id = a.decision_id::text`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.notification_id, r]));
  return sent.map((s) => {
    const r = byId.get(s.notificationId);
    return {
      notificationId: s.notificationId,
      atS: (s.sentAt - runStartedAt) / 1000,
      taskMs: r?.task_at ? r.task_at.getTime() - s.sentAt : null,
      alertMs: r?.alert_at ? r.alert_at.getTime() - s.sentAt : null,
    };
  });
}

/**
 * The user's view, for a sample: polls GET /v1/tasks (as the development CMO) and GET
 * /v1/alerts (with the staff token given as `authorization`) for the police reference every
 * `intervalMs` until something appears.
 */
export async function pollUntilVisible(path: string, baseUrl: string, since: number, intervalMs: number, timeoutMs = 30_000, authorization = `Bearer ${DEV_OFFICER_KEY}`): Promise<number | null> {
  const headers = { authorization };
  while (Date.now() - since < timeoutMs) {
    const res = await fetch(`${baseUrl}${path}`, { headers }).catch(() => undefined);
    if (res?.ok) {
      const body = (await res.json()) as unknown[] | { items?: unknown[]; tasks?: unknown[] };
      const items = Array.isArray(body) ? body : (body.items ?? body.tasks ?? []);
      if (items.length > 0) return Date.now() - since;
    } else await res?.arrayBuffer();
    // Every intervalMs for the first second, then ten times less often.
    await new Promise((r) => setTimeout(r, Date.now() - since < 1_000 ? intervalMs : intervalMs * 10));
  }
  return null;
}

export function percentiles(values: number[]): { n: number; p50: number | null; p99: number | null; max: number | null } {
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => (v.length ? v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)] : null);
  return { n: v.length, p50: at(0.5), p99: at(0.99), max: v.length ? v[v.length - 1] : null };
}
