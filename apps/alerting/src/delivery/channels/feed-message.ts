import type { AlertView } from '../../alerts/alert-view';

/**
 * What crosses Redis for one feed alert: the instance that raised it and the AlertView, which
 * carries references and a link, never the child's details. Only the AlertView's own fields
 * are sent and read back, so nothing else can ride along.
 */
const ALERT_VIEW_FIELDS = Object.keys({
  id: true,
  kind: true,
  recipient: true,
  policeReference: true,
  caseReference: true,
  childId: true,
  episodeId: true,
  riskLevel: true,
  taskId: true,
  responsibleAuthority: true,
  summary: true,
  addressee: true,
  link: true,
  raisedAt: true,
  acknowledgedAt: true,
  acknowledgedBy: true,
  escalationOf: true,
} satisfies Record<keyof AlertView, true>) as (keyof AlertView)[];

// The episode's references are null on a CME task's alert: one of the two references is there.
const REQUIRED_TEXT: (keyof AlertView)[] = ['id', 'kind', 'recipient', 'summary', 'link', 'raisedAt'];
const hasReference = (f: Record<string, unknown>) => typeof f.policeReference === 'string' || typeof f.caseReference === 'string';

function onlyAlertView(source: Record<string, unknown>): AlertView {
  return Object.fromEntries(ALERT_VIEW_FIELDS.map((f) => [f, source[f] ?? null])) as unknown as AlertView;
}

export function encodeFeedMessage(origin: string, alert: AlertView): string {
  return JSON.stringify({ origin, alert: onlyAlertView(alert as unknown as Record<string, unknown>) });
}

/**
 * The alert in a message from the channel, for this instance's streams; `own` when this instance
 * raised it (its streams had it at once, so it must not go out twice), `unreadable` when the
 * message is not one this version understands.
 */
export function alertFromPeer(raw: string, self: string): AlertView | 'own' | 'unreadable' {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return 'unreadable';
  }
  if (typeof message !== 'object' || message === null) return 'unreadable';
  const { origin, alert } = message as { origin?: unknown; alert?: unknown };
  if (typeof origin !== 'string' || typeof alert !== 'object' || alert === null) return 'unreadable';
  if (origin === self) return 'own';
  const fields = alert as Record<string, unknown>;
  if (REQUIRED_TEXT.some((f) => typeof fields[f] !== 'string') || !hasReference(fields)) return 'unreadable';
  return onlyAlertView(fields);
}
