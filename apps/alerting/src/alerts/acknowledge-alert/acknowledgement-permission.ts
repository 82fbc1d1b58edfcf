import type { StaffRole } from '@homeward/platform';

/**
 * Alerts addressed to a manager's rung: an escalation (HIGH_RISK_UNACKNOWLEDGED, TASK_ESCALATED)
 * or a senior manager's copy. Acknowledging one says "a manager has this in hand" and stops the
 * ladder, so the CMO whose own alert went unanswered may not answer for the manager.
 */
export const MANAGER_RECIPIENTS: readonly string[] = [
  'TEAM_MANAGER',
  'SERVICE_MANAGER',
  'DIRECTOR_OF_CHILDRENS_SERVICES',
  'CSC_SENIOR_MANAGER',
  'POLICE_SENIOR_MANAGER',
];

/** Who may acknowledge an alert: null when the role may, else why not. Pure. */
export function acknowledgementRefusal(alert: { recipient: string }, role: StaffRole): string | null {
  if (role !== 'CMO' && role !== 'MANAGER') return `role ${role} may not acknowledge alerts; needs CMO or MANAGER`;
  if (role !== 'MANAGER' && MANAGER_RECIPIENTS.includes(alert.recipient)) return `this alert is addressed to ${alert.recipient}: only a manager may acknowledge it`;
  return null;
}
