import type { DecisionMadeV1, TaskDeadlineEventV1 } from '@homeward/contracts';
import { randomUUID } from 'node:crypto';

/** The test child. Alerting is never given these, and the scans prove it never passes them on. */
export const TEST_CHILD = { givenName: 'Casey', familyName: 'Example-Smith', dateOfBirth: '2013-05-02' };
export const CHILD_DATA = /Casey|Example-Smith|2013-05-02/;

const ref = () => `REF-${randomUUID().slice(0, 8)}`;

/**
 * A HIGH-risk decision. It also carries the child's details in a field the contract does not
 * have, as a careless producer might: alerting must not pass them on.
 */
export function highRiskDecision(overrides: Partial<DecisionMadeV1> = {}): DecisionMadeV1 {
  return {
    decisionId: randomUUID(),
    notificationId: 'N-1',
    ingestId: randomUUID(),
    force: 'TEST-FORCE',
    childId: randomUUID(),
    episodeId: randomUUID(),
    policeReference: ref(),
    riskLevel: 'HIGH',
    protocolVersion: 'test',
    decidedAt: new Date().toISOString(),
    requiredActions: [],
    firedRules: [{ ruleId: 'high-risk', reason: 'risk HIGH' }],
    alerts: ['HIGH_RISK'],
    ...({ child: TEST_CHILD } as object),
    ...overrides,
  };
}

export function taskDeadlineEvent(overrides: Partial<TaskDeadlineEventV1> = {}): TaskDeadlineEventV1 {
  return {
    taskId: randomUUID(),
    childId: randomUUID(),
    episodeId: randomUUID(),
    policeReference: ref(),
    taskType: 'RETURN_INTERVIEW',
    priority: 'NORMAL',
    dueAt: '2025-01-09T09:00:00.000Z',
    assignee: null,
    ...overrides,
  };
}
