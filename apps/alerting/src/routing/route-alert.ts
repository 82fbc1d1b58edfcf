import type { AlertKind } from '@homeward/contracts';

/** Who is told: a role in this authority, or the placing authority's contact. */
export const Recipients = [
  'CHILDREN_MISSING_OFFICER',
  'DUTY_SOCIAL_WORK',
  'CSC_SENIOR_MANAGER',
  'POLICE_SENIOR_MANAGER',
  'CSE_COORDINATOR',
  'PLACING_AUTHORITY_CONTACT',
  'TEAM_MANAGER',
  'SERVICE_MANAGER',
] as const;
export type Recipient = (typeof Recipients)[number];

/** DOMAIN.md's default routing: high risk reaches the CMO, duty social work and senior managers of CSC and police. */
export const DEFAULT_ROUTES: Readonly<Record<AlertKind, readonly Recipient[]>> = {
  HIGH_RISK: ['CHILDREN_MISSING_OFFICER', 'DUTY_SOCIAL_WORK', 'CSC_SENIOR_MANAGER', 'POLICE_SENIOR_MANAGER'],
  EXPLOITATION: ['CHILDREN_MISSING_OFFICER', 'DUTY_SOCIAL_WORK', 'CSE_COORDINATOR'],
  PLACED_IN_WITHOUT_NOTICE: ['CHILDREN_MISSING_OFFICER', 'PLACING_AUTHORITY_CONTACT'],
  PERSISTENT_MISSING: ['CHILDREN_MISSING_OFFICER'],
  TASK_REMINDER: ['CHILDREN_MISSING_OFFICER'],
  TASK_OVERDUE: ['CHILDREN_MISSING_OFFICER', 'TEAM_MANAGER'],
  TASK_ESCALATED: ['TEAM_MANAGER', 'SERVICE_MANAGER'],
};

/** Pure routing: the recipients of each alert kind a decision raised, each once. */
export function routeAlerts(kinds: readonly AlertKind[], routes = DEFAULT_ROUTES): { kind: AlertKind; recipient: Recipient }[] {
  return [...new Set(kinds)].flatMap((kind) => (routes[kind] ?? []).map((recipient) => ({ kind, recipient })));
}
