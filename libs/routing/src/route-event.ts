import { AlertKinds } from '@homeward/contracts';

/**
 * Alert routing, pure: subscriptions (data an admin manages) and one event in, the alerts
 * to raise out, one per recipient with the channels to reach them on. No framework imports.
 */

/** The protocol's alert kinds, plus the one alerting raises itself when nobody acknowledges a high-risk alert. */
export const AlertingKinds = [...AlertKinds, 'HIGH_RISK_UNACKNOWLEDGED'] as const;
export type AlertingKind = (typeof AlertingKinds)[number];

export const Roles = [
  'CHILDREN_MISSING_OFFICER',
  'DUTY_SOCIAL_WORK',
  'CSC_SENIOR_MANAGER',
  'POLICE_SENIOR_MANAGER',
  'CSE_COORDINATOR',
  'PLACING_AUTHORITY_CONTACT',
  /** Another area's contact, told when our looked-after child is reported missing there. */
  'HOST_AUTHORITY_CONTACT',
  'TEAM_MANAGER',
  'SERVICE_MANAGER',
  'DIRECTOR_OF_CHILDRENS_SERVICES',
] as const;
export type Role = (typeof Roles)[number];

export type Channel =
  | { type: 'EMAIL'; address: string }
  | { type: 'WEBHOOK'; url: string; secret: string }
  | { type: 'FEED' };
export const ChannelTypes = ['EMAIL', 'WEBHOOK', 'FEED'] as const;
export type ChannelType = (typeof ChannelTypes)[number];

export interface SubscriptionRule {
  kind: AlertingKind;
  recipientType: 'ROLE' | 'PERSON';
  /** A role name, or a named person's staff id. */
  recipient: string;
  channels: Channel[];
  /** Only events about children this authority is responsible for; null for every event. */
  responsibleAuthority: string | null;
  /** Only events reported by this police force (a host area's contact); null or absent for every force. */
  force?: string | null;
}

export interface RoutableEvent {
  kind: AlertingKind;
  responsibleAuthority: string | null;
  /** When the event names the role to tell (an escalation step), only that role's subscriptions apply. */
  targetRole: string | null;
  /** The police force that reported the episode, when known. */
  force?: string | null;
}

export interface RoutedAlert {
  kind: AlertingKind;
  /** `ROLE_NAME` or `person:<staff id>`: the alert's recipient as the feed shows it. */
  recipient: string;
  channels: Channel[];
}

const recipientKey = (s: SubscriptionRule) => (s.recipientType === 'ROLE' ? s.recipient : `person:${s.recipient}`);
const channelKey = (c: Channel) => (c.type === 'EMAIL' ? `EMAIL ${c.address.toLowerCase()}` : c.type === 'WEBHOOK' ? `WEBHOOK ${c.url}` : 'FEED');

function applies(s: SubscriptionRule, e: RoutableEvent): boolean {
  if (s.kind !== e.kind) return false;
  if (s.responsibleAuthority !== null && s.responsibleAuthority !== e.responsibleAuthority) return false;
  if (s.force && s.force !== e.force) return false;
  return e.targetRole === null || s.recipientType === 'PERSON' || s.recipient === e.targetRole;
}

export function routeEvent(subscriptions: readonly SubscriptionRule[], event: RoutableEvent): RoutedAlert[] {
  const byRecipient = new Map<string, Map<string, Channel>>();
  for (const s of subscriptions.filter((sub) => applies(sub, event))) {
    const channels = byRecipient.get(recipientKey(s)) ?? new Map<string, Channel>();
    for (const c of s.channels) channels.set(channelKey(c), c);
    byRecipient.set(recipientKey(s), channels);
  }
  // An escalation must reach its role even if nobody subscribed it: at least in the feed.
  if (event.targetRole !== null && !byRecipient.has(event.targetRole)) {
    byRecipient.set(event.targetRole, new Map([['FEED', { type: 'FEED' }]]));
  }
  return [...byRecipient].map(([recipient, channels]) => ({ kind: event.kind, recipient, channels: [...channels.values()] }));
}

/** Who is told next when a high-risk alert goes unacknowledged; null at the top of the ladder or outside it. */
const LADDER: Partial<Record<string, Role>> = {
  CHILDREN_MISSING_OFFICER: 'TEAM_MANAGER',
  DUTY_SOCIAL_WORK: 'TEAM_MANAGER',
  TEAM_MANAGER: 'SERVICE_MANAGER',
  CSC_SENIOR_MANAGER: 'DIRECTOR_OF_CHILDRENS_SERVICES',
  SERVICE_MANAGER: 'DIRECTOR_OF_CHILDRENS_SERVICES',
};

export function nextRole(recipient: string): Role | null {
  return LADDER[recipient] ?? null;
}

/** High-risk alerts, and their escalations, keep climbing until somebody acknowledges. */
export function escalates(kind: AlertingKind, recipient: string): boolean {
  return (kind === 'HIGH_RISK' || kind === 'HIGH_RISK_UNACKNOWLEDGED') && nextRole(recipient) !== null;
}
