import type { WakeUp } from '@homeward/platform';

/** A high-risk alert's check, at its escalate_at, of whether anybody has acknowledged it. */
export const ALERT_ESCALATION = 'alert-escalation';

export const escalationWakeUp = (alertId: string, escalateAt: Date): WakeUp => ({ kind: ALERT_ESCALATION, subjectId: alertId, dueAt: escalateAt });
