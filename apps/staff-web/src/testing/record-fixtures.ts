/**
 * Test-only: a child's record, tasks and alerts in the services' real shapes (protocol-engine's
 * ChildRecordView, compliance-tracker's TaskView, alerting's AlertView), timed around `now`.
 */
import type { AlertView } from '../data/alerting.types';
import type { OfficerView, TaskView } from '../data/compliance-tracker.types';
import type { ChildChange, ChildRecord, ChildSummary, DecisionInWords, PlacementNoticeView, RecordView } from '../data/protocol-engine.types';

export const AMY_ID = '5b6f0e0a-7d1c-4a53-9c3e-2f1b8d9a4e01';
export const OTHER_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
export const ERASED_ID = '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
export const CURRENT_REF = 'NT/26/004512';
/** Amy's keyed hash in education-referrals: her CME case is found by it. */
export const AMY_EDUCATION_KEY = 'a'.repeat(64);
export const AMY_CME_CASE_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
export const EARLIER_REF = 'NT/26/003981';
const CURRENT_EPISODE = '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const EARLIER_EPISODE = '1d2e3f40-5b6c-4d7e-8f90-a1b2c3d4e5f6';
const VERSION = { id: '9e8d7c6b-5a49-4382-a716-151413121110', version: 'nscb-default-2', name: 'NSCB default' };

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

export function amySummary(): ChildSummary {
  return {
    id: AMY_ID,
    givenName: 'Amy',
    familyName: "O'Neil",
    dateOfBirth: '2012-05-04',
    ageYears: 14,
    gender: 'Female',
    localAuthorityId: 'LA-448812',
    careStatus: 'LOOKED_AFTER',
    responsibleAuthority: 'Derbyshire County Council',
    riskLevel: 'HIGH',
    vulnerabilities: ['CSE', 'MENTAL_HEALTH'],
    openEpisode: true,
    allocatedWorker: null,
  };
}

export function otherSummary(): ChildSummary {
  return {
    ...amySummary(),
    id: OTHER_ID,
    givenName: 'Amir',
    familyName: 'Okafor',
    dateOfBirth: '2010-11-19',
    ageYears: 16,
    gender: 'Male',
    localAuthorityId: 'LA-501177',
    careStatus: 'CHILD_IN_NEED',
    responsibleAuthority: null,
    riskLevel: 'MEDIUM',
    vulnerabilities: [],
    openEpisode: false,
  };
}

function decision(at: string, cause: string, risk: string, rules: { id: string; description: string }[], actions: DecisionInWords['actions']): DecisionInWords {
  return { id: `d-${at}`, decidedAt: at, cause, effectiveRisk: risk, alerts: risk === 'HIGH' ? ['HIGH_RISK'] : [], protocolVersion: VERSION, rulesFired: rules, actions };
}

export function amyRecord(now: Date): ChildRecord {
  const missingSince = hoursBefore(now, 5);
  const earlierSince = hoursBefore(now, 24 * 20);
  const earlierFound = hoursBefore(now, 24 * 18 + 3);
  return {
    ...amySummary(),
    repeatCount: 2,
    repeatWindowDays: 90,
    educationKey: AMY_EDUCATION_KEY,
    episodes: [
      {
        id: CURRENT_EPISODE,
        force: 'NOTTS',
        policeReference: CURRENT_REF,
        missingSince,
        foundAt: null,
        durationMinutes: 300,
        status: 'MISSING',
        riskLevel: 'HIGH',
        policeRiskLevel: 'HIGH',
        vulnerabilities: ['CSE'],
        careStatus: 'LOOKED_AFTER',
        responsibleAuthority: 'Derbyshire County Council',
        missingFrom: 'CHILDRENS_HOME',
        notifications: [
          { type: 'MISSING_REPORTED', occurredAt: missingSince, riskLevel: 'MEDIUM', location: { postcode: 'NG1 5AB', description: 'Victoria bus station' }, found: null },
          { type: 'RISK_UPDATED', occurredAt: hoursBefore(now, 3), riskLevel: 'HIGH', location: null, found: null },
        ],
        decisions: [
          decision(hoursBefore(now, 3), 'Police notification: risk grading updated', 'HIGH', [
            { id: 'high-risk-strategy', description: 'Missing at HIGH risk: a strategy discussion within 24 hours' },
            { id: 'cse-raises-risk', description: 'A CSE flag makes the risk at least HIGH' },
          ], [{ type: 'STRATEGY_DISCUSSION', priority: 'URGENT', dueAt: hoursBefore(now, -21), reasons: ['high-risk-strategy'], responsibleAuthority: null }]),
        ],
      },
      {
        id: EARLIER_EPISODE,
        force: 'NOTTS',
        policeReference: EARLIER_REF,
        missingSince: earlierSince,
        foundAt: earlierFound,
        durationMinutes: 24 * 60 * 2 - 180,
        status: 'FOUND',
        riskLevel: 'HIGH',
        policeRiskLevel: 'MEDIUM',
        vulnerabilities: ['CSE', 'MENTAL_HEALTH'],
        careStatus: 'LOOKED_AFTER',
        responsibleAuthority: 'Derbyshire County Council',
        missingFrom: 'CHILDRENS_HOME',
        notifications: [
          { type: 'MISSING_REPORTED', occurredAt: earlierSince, riskLevel: 'MEDIUM', location: { postcode: 'NG7 2RD', description: null }, found: null },
          {
            type: 'FOUND',
            occurredAt: earlierFound,
            riskLevel: 'MEDIUM',
            location: { postcode: 'DE1 2AB', description: "A friend's flat in Derby" },
            found: { returnedTo: 'Placement', foundBy: 'Police', safeAndWellCheckAt: hoursBefore(now, 24 * 18 + 1), harmSuffered: false },
          },
        ],
        decisions: [
          decision(earlierFound, 'Police notification: found', 'HIGH', [
            { id: 'return-interview', description: 'Found: a return interview within 72 hours' },
            { id: 'priority-return-interview', description: 'Return interview is a priority: episode over 24 hours, 2+ episodes in 90 days, or a CSE, CCE or mental-health flag' },
          ], [{ type: 'RETURN_INTERVIEW', priority: 'PRIORITY', dueAt: hoursBefore(now, 24 * 15), reasons: ['return-interview', 'priority-return-interview'], responsibleAuthority: null }]),
        ],
      },
    ],
  };
}

function task(now: Date, fields: Partial<TaskView> & Pick<TaskView, 'id' | 'type' | 'status' | 'dueAt' | 'episodeId' | 'policeReference'>): TaskView {
  return {
    priority: 'NORMAL',
    dueAtLondon: fields.dueAt,
    reasons: [],
    assignee: null,
    responsibleAuthority: null,
    childId: AMY_ID,
    decisionId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    outcome: {},
    claimedAt: null,
    closedAt: null,
    createdAt: hoursBefore(now, 3),
    ...fields,
  };
}

export const STRATEGY_TASK_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const INTERVIEW_TASK_ID = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

export function amyTasks(now: Date): TaskView[] {
  return [
    task(now, { id: STRATEGY_TASK_ID, type: 'STRATEGY_DISCUSSION', status: 'CLAIMED', priority: 'URGENT', dueAt: hoursBefore(now, -21), episodeId: CURRENT_EPISODE, policeReference: CURRENT_REF, assignee: 'cmo' }),
    task(now, {
      id: INTERVIEW_TASK_ID,
      type: 'RETURN_INTERVIEW',
      status: 'COMPLETED',
      priority: 'PRIORITY',
      dueAt: hoursBefore(now, 24 * 15),
      episodeId: EARLIER_EPISODE,
      policeReference: EARLIER_REF,
      assignee: 'cmo',
      createdAt: hoursBefore(now, 24 * 18),
      outcome: { offeredAt: hoursBefore(now, 24 * 17), offeredHow: 'PHONE', result: 'HELD', heldAt: hoursBefore(now, 24 * 16), interviewerIndependent: true },
    }),
  ];
}

export function alert(fields: Partial<AlertView> & Pick<AlertView, 'id' | 'kind' | 'raisedAt'>): AlertView {
  return {
    recipient: 'CHILDREN_MISSING_OFFICER',
    policeReference: CURRENT_REF,
    childId: AMY_ID,
    episodeId: CURRENT_EPISODE,
    riskLevel: 'HIGH',
    taskId: null,
    responsibleAuthority: null,
    summary: `Child reported missing at HIGH risk: strategy discussion required within 24 hours (police reference ${fields.policeReference ?? CURRENT_REF})`,
    link: `http://localhost:3004/alerts/${fields.id}`,
    acknowledgedAt: null,
    acknowledgedBy: null,
    escalationOf: null,
    ...fields,
  };
}

export const HIGH_RISK_ALERT_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f';
export const OVERDUE_ALERT_ID = 'd4e5f6a7-b8c9-4d0e-8f1a-3b4c5d6e7f80';

export function amyAlerts(now: Date): AlertView[] {
  return [
    alert({ id: HIGH_RISK_ALERT_ID, kind: 'HIGH_RISK', raisedAt: hoursBefore(now, 3) }),
    alert({
      id: OVERDUE_ALERT_ID,
      kind: 'TASK_REMINDER',
      raisedAt: hoursBefore(now, 24 * 15 + 6),
      policeReference: EARLIER_REF,
      episodeId: EARLIER_EPISODE,
      riskLevel: 'MEDIUM',
      taskId: INTERVIEW_TASK_ID,
      summary: `A task deadline is approaching: return home interview, priority, due soon (police reference ${EARLIER_REF})`,
      acknowledgedAt: hoursBefore(now, 24 * 15 + 5),
      acknowledgedBy: 'cmo',
    }),
  ];
}

export function officers(): OfficerView[] {
  return [
    { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: false },
    { username: 'manager', displayName: 'Jordan Lee', role: 'MANAGER', disabled: false, onLeaveNow: false },
    { username: 'reader', displayName: 'Sam Taylor', role: 'READ_ONLY', disabled: false, onLeaveNow: false },
  ];
}

export function amyViews(now: Date): RecordView[] {
  return [
    { staffId: 'manager', purpose: 'RECORD', viewedAt: now.toISOString() },
    { staffId: 'cmo', purpose: 'TASK', viewedAt: hoursBefore(now, 2) },
    { staffId: 'cmo', purpose: 'SEARCH', viewedAt: hoursBefore(now, 2.1) },
  ];
}

/** A second record (its one report withdrawn): the one a manager merges into Amy's in the merge tests. */
export function otherRecord(now: Date): ChildRecord {
  const earlier = amyRecord(now).episodes[1];
  // Its one report was withdrawn by the police (made in error): kept, shown, not counted.
  const withdrawn = { at: hoursBefore(now, 24 * 19), reason: 'MADE_IN_ERROR' };
  return { ...otherSummary(), repeatCount: 0, repeatWindowDays: 90, educationKey: 'b'.repeat(64), episodes: [{ ...earlier, id: '2e3f4051-6c7d-4e8f-9a01-b2c3d4e5f607', policeReference: 'NT/26/002200', status: 'WITHDRAWN', withdrawn }] };
}

/** A record whose personal data was erased, as protocol-engine answers it: the names, date of birth and age null. */
export function erasedRecord(now: Date): ChildRecord {
  const erased = { givenName: null, familyName: null, dateOfBirth: null, ageYears: null, localAuthorityId: null, gender: null, erasedAt: hoursBefore(now, 24 * 3) };
  return { ...otherRecord(now), id: ERASED_ID, ...(erased as unknown as Partial<ChildRecord>) };
}

export function amyPlacementNotices(now: Date): PlacementNoticeView[] {
  return [
    {
      id: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a80',
      sender: 'la:E10000007',
      noticeId: 'DERBY-PN-2026-00417',
      placingAuthority: 'E10000007',
      placementStart: '2026-03-01',
      placementEnd: null,
      providerName: 'Oakfield House',
      providerKind: 'CHILDRENS_HOME',
      riskAssessmentProvided: true,
      riskManagementPlanProvided: false,
      receivedAt: hoursBefore(now, 24 * 200),
    },
  ];
}

export function amyChanges(now: Date): ChildChange[] {
  return [
    { at: hoursBefore(now, 24 * 30), actor: 'police:NOTTS', action: 'DETAILS_CORRECTED', detail: { changed: ['familyName'], previous: { familyName: 'ONeil' } } },
    { at: hoursBefore(now, 24 * 10), actor: 'staff:manager', action: 'MERGED', detail: { mergedChildId: '3f405162-7d8e-4f9a-8b12-c3d4e5f60718', episodesMoved: 1 } },
  ];
}

/**
 * The three services answering for Amy as their real APIs would: search (a name starting "am" or
 * her police reference finds her and one other; "xx-refused" is refused as too long), her record,
 * who viewed it, her tasks, the directory's officers, and the alerts for each police reference.
 */
export function recordStubRoutes(now: Date) {
  const noSuchChild = { status: 404, body: { message: 'no such child' } };
  return {
    protocolEngine: {
      // Before ':id', as protocol-engine's own routes are.
      'GET /v1/children/search': (req: { query: URLSearchParams }) => {
        const q = req.query.get('q') ?? '';
        if (q === 'xx-refused') return { status: 400, body: { message: 'Validation failed', problems: [{ field: 'q', reason: 'q must be shorter than or equal to 100 characters' }] } };
        if (q === 'NT/26/002200') return { body: [erasedRecord(now)] };
        return { body: /^(am|NT\/26\/004512)/i.test(q) ? [amySummary(), otherSummary()] : [] };
      },
      'GET /v1/children/:id/views': (_req: unknown, { id }: Record<string, string>) => (id === AMY_ID ? { body: amyViews(now) } : noSuchChild),
      'GET /v1/children/:id/placement-notices': (_req: unknown, { id }: Record<string, string>) =>
        id === AMY_ID ? { body: amyPlacementNotices(now) } : id === OTHER_ID || id === ERASED_ID ? { body: [] } : noSuchChild,
      'GET /v1/children/:id/changes': (_req: unknown, { id }: Record<string, string>) => (id === AMY_ID ? { body: amyChanges(now) } : id === OTHER_ID || id === ERASED_ID ? { body: [] } : noSuchChild),
      'GET /v1/children/:id': (_req: unknown, { id }: Record<string, string>) =>
        id === AMY_ID ? { body: amyRecord(now) } : id === OTHER_ID ? { body: otherRecord(now) } : id === ERASED_ID ? { body: erasedRecord(now) } : noSuchChild,
    },
    directory: {
      'GET /v1/tasks': (req: { query: URLSearchParams }) => {
        const items = amyTasks(now).filter((t) => !req.query.get('childId') || t.childId === req.query.get('childId'));
        return { body: { items, total: items.length, page: 1, pageSize: 100, counts: { overdue: 0, dueToday: 0, unclaimed: 0 } } };
      },
      'GET /v1/officers': () => ({ body: officers() }),
    },
    alerting: {
      'GET /v1/alerts': (req: { query: URLSearchParams }) => ({ body: amyAlerts(now).filter((a) => a.policeReference === req.query.get('policeReference')) }),
    },
    educationReferrals: {
      'GET /v1/cme-cases': (req: { query: URLSearchParams }) => ({ body: req.query.get('childKey') === AMY_EDUCATION_KEY ? [amyCmeCase(now)] : [] }),
    },
  };
}

/** Amy is missing education too: a school's absence notice opened a CME case. */
export function amyCmeCase(now: Date) {
  return {
    id: AMY_CME_CASE_ID,
    reference: 'CME-2026-000042',
    status: 'OPEN' as const,
    source: 'SCHOOL_ABSENCE_NOTICE',
    name: "Amy O'Neil",
    dateOfBirth: '2012-05-04',
    upn: null,
    schoolUrn: '140123',
    firstDayMissing: '2026-11-02',
    openedAt: hoursBefore(now, 24 * 10),
    outcome: null,
    closedAt: null,
    schoolDaysMissing: null,
  };
}
