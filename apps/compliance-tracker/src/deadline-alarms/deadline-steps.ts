/**
 * The alarm ladder of one deadline, pure: a reminder before it, overdue at it, then
 * escalation to the team manager and the service manager; and, counted from the moment
 * the task is set, an alert if nobody has claimed it. No framework imports.
 */
export const DeadlineSteps = ['reminder', 'overdue', 'escalation-1', 'escalation-2', 'unclaimed'] as const;
export type DeadlineStep = (typeof DeadlineSteps)[number];

export interface DeadlinePolicy {
  reminderBeforeHours: number;
  escalateTeamManagerAfterHours: number;
  escalateServiceManagerAfterHours: number;
  /** Hours after the task is set at which it counts as unclaimed too long; no such step without it. */
  unclaimedAlertAfterHours?: number;
}

export interface PlannedStep {
  step: DeadlineStep;
  dueAt: Date;
}

/** Who each step tells, and the escalation rung it reaches (alerting routes on these). */
export const StepAudience: Record<DeadlineStep, { notifyRole: string; escalationLevel?: number }> = {
  reminder: { notifyRole: 'CHILDREN_MISSING_OFFICER' },
  overdue: { notifyRole: 'CHILDREN_MISSING_OFFICER' },
  'escalation-1': { notifyRole: 'TEAM_MANAGER', escalationLevel: 1 },
  'escalation-2': { notifyRole: 'SERVICE_MANAGER', escalationLevel: 2 },
  // Work nobody has picked up is the team manager's to allocate.
  unclaimed: { notifyRole: 'TEAM_MANAGER' },
};

/** Who holds each manager's rung of the escalation ladder (usernames); a rung nobody holds is absent. */
export type EscalationContacts = Partial<Record<'TEAM_MANAGER' | 'SERVICE_MANAGER', string>>;

/**
 * The officer a step is addressed to by name, as well as by role: the manager on its rung of the
 * ladder, or whoever holds the task for the CMO's steps; undefined when nobody does.
 */
export function namedOfficer(notifyRole: string, assignee: string | null, contacts: EscalationContacts): string | undefined {
  if (notifyRole === 'TEAM_MANAGER' || notifyRole === 'SERVICE_MANAGER') return contacts[notifyRole];
  return assignee ?? undefined;
}

const HOUR = 3_600_000;

/**
 * The ladder of one task: the protocol's intervals for its type when the decision carried them
 * (a 24-hour strategy discussion escalates within the hour), the configured defaults otherwise.
 */
export function ladderPolicy(ladder: Partial<DeadlinePolicy> | null, defaults: DeadlinePolicy): DeadlinePolicy {
  const { reminderBeforeHours, escalateTeamManagerAfterHours, escalateServiceManagerAfterHours, unclaimedAlertAfterHours } = { ...defaults, ...ladder };
  return { reminderBeforeHours, escalateTeamManagerAfterHours, escalateServiceManagerAfterHours, unclaimedAlertAfterHours };
}

/**
 * Steps for a deadline set at `plannedAt`. A reminder that would fall at or before the
 * moment the task was created (a 24 h strategy discussion with a 24 h reminder) tells the
 * CMO nothing the new task does not, so it is left out.
 */
export function planDeadlineSteps(dueAt: Date, plannedAt: Date, policy: DeadlinePolicy): PlannedStep[] {
  const due = dueAt.getTime();
  const steps: PlannedStep[] = [
    { step: 'reminder', dueAt: new Date(due - policy.reminderBeforeHours * HOUR) },
    { step: 'overdue', dueAt: new Date(due) },
    { step: 'escalation-1', dueAt: new Date(due + policy.escalateTeamManagerAfterHours * HOUR) },
    { step: 'escalation-2', dueAt: new Date(due + Math.max(policy.escalateServiceManagerAfterHours, policy.escalateTeamManagerAfterHours) * HOUR) },
  ];
  if (policy.unclaimedAlertAfterHours !== undefined) {
    steps.push({ step: 'unclaimed', dueAt: new Date(plannedAt.getTime() + policy.unclaimedAlertAfterHours * HOUR) });
  }
  return steps.filter((s) => s.step !== 'reminder' || s.dueAt.getTime() > plannedAt.getTime());
}

export function isDeadlineStep(value: unknown): value is DeadlineStep {
  return (DeadlineSteps as readonly unknown[]).includes(value);
}

/**
 * A step that would tell nobody anything: a reminder first seen after its deadline (Redis
 * lost it) would only repeat the overdue notice; an unclaimed alert once someone has claimed it.
 */
export function isMoot(step: DeadlineStep, task: { dueAt: Date; status: string }, now: Date): boolean {
  if (step === 'reminder') return task.dueAt <= now;
  if (step === 'unclaimed') return task.status !== 'OPEN';
  return false;
}

/** The wake-up kind of each step: one kind a step, so a task's wake-ups are (kind, task id, deadline version). */
export const deadlineStepKind = (step: DeadlineStep): string => `deadline-${step}`;
