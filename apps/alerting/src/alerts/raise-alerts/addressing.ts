/**
 * Who an alert is addressed to by name, pure. An alert to a named person (a PERSON subscription)
 * is theirs; one to a role names the officer the event names for it (compliance names the task's
 * holder and the managers on the escalation ladder) or, failing that, the officer holding that
 * rung of the ladder. Meant for someone on leave with a cover, it goes to the cover: a person's
 * alert is re-addressed to the cover (on the cover's own channels for that kind, else the feed),
 * a role's alert names the cover. Away without a cover, it still names them and says until when.
 */
import type { Channel, RoutedAlert, SubscriptionRule } from '@homeward/routing';

export interface Directory {
  /** username -> the name pages show, for active staff. */
  names: Record<string, string>;
  /** The rungs of the escalation ladder: role -> username. */
  ladder: Record<string, string>;
  /** username -> their leave in force now. */
  away: Record<string, { cover: string | null; until: string }>;
}

export interface Addressee {
  username: string;
  displayName: string;
  /** Set when the alert was meant for this officer, who is on leave: it went to their cover. */
  coveringFor?: { username: string; displayName: string };
  /** Set when the officer is on leave with no cover: until when. */
  awayUntil?: string;
}

export type AddressedAlert = RoutedAlert & { addressee: Addressee | null };

const PERSON = 'person:';

export function addressAlerts(
  routed: readonly RoutedAlert[],
  subscriptions: readonly SubscriptionRule[],
  event: { targetRole: string | null; namedOfficer?: string | null },
  directory: Directory,
): AddressedAlert[] {
  const who = (username: string) => ({ username, displayName: directory.names[username] ?? username });
  const byRecipient = new Map<string, AddressedAlert>();
  for (const r of routed) {
    const person = r.recipient.startsWith(PERSON) ? r.recipient.slice(PERSON.length) : null;
    const meant = person ?? (r.recipient === event.targetRole && event.namedOfficer ? event.namedOfficer : directory.ladder[r.recipient]) ?? null;
    const away = meant ? directory.away[meant] : undefined;
    let alert: AddressedAlert = { ...r, addressee: meant ? who(meant) : null };
    if (meant && away?.cover) {
      const addressee = { ...who(away.cover), coveringFor: who(meant) };
      alert = person ? { ...r, recipient: `${PERSON}${away.cover}`, channels: channelsOf(subscriptions, away.cover), addressee } : { ...r, addressee };
    } else if (meant && away) {
      alert = { ...alert, addressee: { ...who(meant), awayUntil: away.until } };
    }
    const same = byRecipient.get(alert.recipient);
    byRecipient.set(alert.recipient, same ? { ...same, channels: mergeChannels(same.channels, alert.channels) } : alert);
  }
  return [...byRecipient.values()];
}

/** The cover's own channels for this kind of alert (their PERSON subscriptions), else the feed. */
function channelsOf(subscriptions: readonly SubscriptionRule[], username: string): Channel[] {
  const own = subscriptions.filter((s) => s.recipientType === 'PERSON' && s.recipient === username).flatMap((s) => s.channels);
  return own.length > 0 ? mergeChannels([], own) : [{ type: 'FEED' }];
}

const channelKey = (c: Channel) => (c.type === 'EMAIL' ? `EMAIL ${c.address.toLowerCase()}` : c.type === 'WEBHOOK' ? `WEBHOOK ${c.url}` : 'FEED');

function mergeChannels(a: readonly Channel[], b: readonly Channel[]): Channel[] {
  const all = new Map<string, Channel>();
  for (const c of [...a, ...b]) all.set(channelKey(c), c);
  return [...all.values()];
}
