import type { DecisionMadeV1, TaskDeadlineEventV1 } from '@homeward/contracts';
import { randomUUID } from 'node:crypto';

/** The test child. Alerting is never given these, and the scans prove it never passes them on. */
export const TEST_CHILD = { givenName: 'Casey', familyName: 'Example-Smith', dateOfBirth: '2013-05-02' };

/**
 * The test child's names, and its date of birth in any common spelling: 2013-05-02, 02/05/2013
 * (and 05/02/2013, 2/5/2013, with - or . too), 20130502, 2 May 2013, May 2, 2013.
 */
export const CHILD_DATA = childDataPattern(TEST_CHILD);

function childDataPattern(child: typeof TEST_CHILD): RegExp {
  const [y, m, d] = child.dateOfBirth.split('-');
  const month = new Date(`${child.dateOfBirth}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const n = (two: string) => `0?${Number(two)}`;
  const dates = [
    `${y}-${m}-${d}`,
    `(?<!\\d)${y}${m}${d}(?!\\d)`,
    `\\b${n(d)}[/.-]${n(m)}[/.-]${y}`,
    `\\b${n(m)}[/.-]${n(d)}[/.-]${y}`,
    `\\b${n(d)}(st|nd|rd|th)? ${month.slice(0, 3)}[a-z]* ${y}`,
    `${month.slice(0, 3)}[a-z]* ${n(d)}(st|nd|rd|th)?,? ${y}`,
  ];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([escape(child.givenName), escape(child.familyName), ...dates].join('|'), 'i');
}

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
    // As a careless producer might send them, in fields pino does not redact by name too.
    ...({ child: TEST_CHILD, childName: `${TEST_CHILD.givenName} ${TEST_CHILD.familyName}`, childDob: TEST_CHILD.dateOfBirth.split('-').reverse().join('/') } as object),
    ...overrides,
  };
}

/** A missing episode's task deadline event: its episode references are set. */
type EpisodeTaskDeadlineEvent = TaskDeadlineEventV1 & { childId: string; episodeId: string; policeReference: string };

export function taskDeadlineEvent(overrides: Partial<EpisodeTaskDeadlineEvent> = {}): EpisodeTaskDeadlineEvent {
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
