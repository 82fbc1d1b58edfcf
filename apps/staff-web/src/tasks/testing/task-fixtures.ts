/**
 * Test-only: a team's work in compliance-tracker's real shapes (TaskView, TaskDetailView, task
 * history, the queue's filters, sort, paging and counts, claim and outcome with their 409s) and
 * the children and decisions behind it in protocol-engine's, around `now`. The stubs keep state,
 * so a claim or an outcome shows on the next page as it would against the real services.
 */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRequest, StubRoutes } from '@homeward/testing';
import type { OfficerView, TaskDetailView, TaskHistoryEntry, TaskView } from '../../data/compliance-tracker.types';
import type { CmeCaseSummary } from '../../data/education-referrals.types';
import type { ChildRecord, DecisionDetail } from '../../data/protocol-engine.types';
import { AMY_ID, amyRecord, amySummary, CURRENT_REF, EARLIER_REF, otherSummary } from '../../testing/record-fixtures';

export { AMY_ID } from '../../testing/record-fixtures';
export const AMIR_ID = otherSummary().id;
export const INTERVIEW_ID = '11111111-1111-4111-8111-111111111111';
export const STRATEGY_ID = '22222222-2222-4222-8222-222222222222';
export const OFFERED_ID = '33333333-3333-4333-8333-333333333333';
export const REVIEW_ID = '44444444-4444-4444-8444-444444444444';
export const DECISION_ID = '55555555-5555-4555-8555-555555555555';
export const AMIR_REF = 'NT/26/005120';
export const AMIR_DECISION_ID = '77777777-7777-4777-8777-777777777777';
const AMIR_EPISODE = '88888888-8888-4888-8888-888888888888';

const at = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

export function teamOfficers(): OfficerView[] {
  return [
    { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: false },
    { username: 'cover', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: false },
    { username: 'manager', displayName: 'Jordan Lee', role: 'MANAGER', disabled: false, onLeaveNow: false },
    { username: 'reader', displayName: 'Sam Taylor', role: 'READ_ONLY', disabled: false, onLeaveNow: false },
  ];
}

function detail(now: Date, t: Partial<TaskDetailView> & Pick<TaskView, 'id' | 'type' | 'status' | 'priority' | 'dueAt' | 'childId' | 'policeReference'>): TaskDetailView {
  return {
    dueAtLondon: t.dueAt,
    reasons: [],
    assignee: null,
    responsibleAuthority: null,
    episodeId: amyRecord(now).episodes[1].id,
    decisionId: DECISION_ID,
    outcome: {},
    claimedAt: null,
    closedAt: null,
    createdAt: at(now, -30),
    deadlineRule: { unit: 'CLOCK_HOURS', amount: 72 },
    anchorAt: at(now, -67),
    outcomeSummary: null,
    ...t,
  };
}

/** Amy's return interview (open, due today), her strategy discussion (Casey's, overdue), Amir's interview offered and his review (Rowan's). */
export function teamTasks(now: Date): TaskDetailView[] {
  const [current, earlier] = amyRecord(now).episodes;
  return [
    detail(now, { id: INTERVIEW_ID, type: 'RETURN_INTERVIEW', status: 'OPEN', priority: 'PRIORITY', dueAt: at(now, 5), childId: AMY_ID, episodeId: earlier.id, policeReference: EARLIER_REF, reasons: ['return-interview', 'priority-return-interview'], responsibleAuthority: 'Derbyshire County Council' }),
    detail(now, { id: STRATEGY_ID, type: 'STRATEGY_DISCUSSION', status: 'CLAIMED', priority: 'URGENT', dueAt: at(now, -2), childId: AMY_ID, episodeId: current.id, policeReference: CURRENT_REF, assignee: 'cmo', claimedAt: at(now, -20), deadlineRule: { unit: 'CLOCK_HOURS', amount: 24 }, anchorAt: at(now, -26) }),
    // 72 hours from Amir being found, 30 hours ago.
    detail(now, { id: OFFERED_ID, type: 'RETURN_INTERVIEW', status: 'OFFERED', priority: 'NORMAL', dueAt: at(now, 42), anchorAt: at(now, -30), childId: AMIR_ID, episodeId: AMIR_EPISODE, decisionId: AMIR_DECISION_ID, reasons: ['return-interview'], policeReference: AMIR_REF, assignee: 'cmo', claimedAt: at(now, -10), outcome: { offeredAt: at(now, -9), offeredHow: 'PHONE' } }),
    detail(now, { id: REVIEW_ID, type: 'REVIEW_EPISODE', status: 'CLAIMED', priority: 'NORMAL', dueAt: at(now, 24 * 6), childId: AMIR_ID, episodeId: AMIR_EPISODE, decisionId: AMIR_DECISION_ID, reasons: ['review-after-found'], policeReference: AMIR_REF, assignee: 'cover', claimedAt: at(now, -5), deadlineRule: { unit: 'WORKING_DAYS', amount: 5 } }),
  ];
}

/** Amir's keyed hash in education-referrals (he has no CME case unless a test gives him one). */
export const AMIR_EDUCATION_KEY = 'c'.repeat(64);

/** Amir: missing from home for ten hours yesterday, found at a friend's, at medium risk. */
export function amirRecord(now: Date): ChildRecord {
  const [missing, found] = [at(now, -40), at(now, -30)];
  return {
    ...otherSummary(),
    repeatCount: 1,
    repeatWindowDays: 90,
    educationKey: AMIR_EDUCATION_KEY,
    episodes: [
      {
        id: AMIR_EPISODE,
        force: 'NOTTS',
        policeReference: AMIR_REF,
        missingSince: missing,
        foundAt: found,
        durationMinutes: 600,
        status: 'FOUND',
        riskLevel: 'MEDIUM',
        policeRiskLevel: 'MEDIUM',
        vulnerabilities: [],
        careStatus: 'CHILD_IN_NEED',
        responsibleAuthority: null,
        missingFrom: 'HOME',
        notifications: [
          { type: 'MISSING_REPORTED', occurredAt: missing, riskLevel: 'LOW', location: { postcode: 'NG5 1AA', description: 'Bulwell bus station' }, found: null },
          { type: 'RISK_UPDATED', occurredAt: at(now, -36), riskLevel: 'MEDIUM', location: null, found: null },
          { type: 'FOUND', occurredAt: found, riskLevel: 'MEDIUM', location: { postcode: 'NG5 2BB', description: "A friend's house" }, found: { returnedTo: 'Home', foundBy: 'Police', safeAndWellCheckAt: at(now, -29), harmSuffered: false } },
        ],
        decisions: [],
      },
    ],
  };
}

function amirDecision(now: Date): DecisionDetail {
  return {
    ...decisionFor(now),
    id: AMIR_DECISION_ID,
    childId: AMIR_ID,
    episodeId: AMIR_EPISODE,
    policeReference: AMIR_REF,
    effectiveRisk: 'MEDIUM',
    rulesFired: [
      { id: 'return-interview', description: 'Found: a return interview within 72 hours' },
      { id: 'review-after-found', description: 'Found after more than 6 hours: review the episode within 5 working days' },
    ],
  };
}

export function decisionFor(now: Date): DecisionDetail {
  return {
    id: DECISION_ID,
    childId: AMY_ID,
    episodeId: amyRecord(now).episodes[1].id,
    policeReference: EARLIER_REF,
    decidedAt: at(now, -30),
    cause: 'Police notification: found',
    effectiveRisk: 'HIGH',
    alerts: [],
    protocolVersion: { id: '9e8d7c6b-5a49-4382-a716-151413121110', version: 'nscb-default-2', name: 'NSCB default' },
    rulesFired: [
      { id: 'return-interview', description: 'Found: a return interview within 72 hours' },
      { id: 'priority-return-interview', description: 'Return interview is a priority: episode over 24 hours, 2+ episodes in 90 days, or a CSE, CCE or mental-health flag' },
      { id: 'cse-raises-risk', description: 'A CSE flag makes the risk at least HIGH' },
    ],
    actions: [],
  };
}

const OPEN = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED'];
const NEXT: Record<string, Record<string, string>> = {
  OFFERED: { CLAIMED: 'OFFERED' },
  NOT_OFFERED: { CLAIMED: 'COMPLETED' },
  ACCEPTED: { OFFERED: 'ACCEPTED' },
  DECLINED: { OFFERED: 'COMPLETED' },
  HELD: { OFFERED: 'COMPLETED', ACCEPTED: 'COMPLETED' },
  MEETING_HELD: { CLAIMED: 'COMPLETED' },
  DONE: { CLAIMED: 'COMPLETED' },
};

const username = (req: StubRequest) => /^Bearer token-for-(.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? 'nobody';
const readsSummary = (req: StubRequest) => ['cmo', 'manager', 'cover'].includes(username(req));

export interface TeamStub {
  tasks: TaskDetailView[];
  history: Map<string, TaskHistoryEntry[]>;
  directory: StubRoutes;
  protocolEngine: StubRoutes;
}

/** compliance-tracker's queue as its ListTasks does it: the same filters, dueAt sort, paging, and counts over the open work in scope. */
function listTasks(tasks: TaskDetailView[], q: URLSearchParams, now: Date) {
  const scope = tasks.filter(
    (t) =>
      (!q.get('type') || t.type === q.get('type')) &&
      (!q.get('priority') || t.priority === q.get('priority')) &&
      (!q.get('childId') || t.childId === q.get('childId')) &&
      (!q.get('policeReference') || t.policeReference === q.get('policeReference')) &&
      (!q.get('assignee') || (q.get('assignee') === 'none' ? t.assignee === null : t.assignee === q.get('assignee'))),
  );
  const statuses = q.get('status')?.split(',');
  const overdue = (t: TaskView) => OPEN.includes(t.status) && Date.parse(t.dueAt) < now.getTime();
  const rows = scope
    .filter((t) => (!statuses || statuses.includes(t.status)) && (q.get('open') !== 'true' || OPEN.includes(t.status)) && (q.get('overdue') !== 'true' || overdue(t)))
    .sort((a, b) => (q.get('sort') === '-dueAt' ? -1 : 1) * (Date.parse(a.dueAt) - Date.parse(b.dueAt)));
  const [page, pageSize] = [Number(q.get('page') ?? 1), Number(q.get('pageSize') ?? 50)];
  const open = scope.filter((t) => OPEN.includes(t.status));
  // Due today is the London calendar day, as compliance-tracker counts it.
  const londonDay = (d: Date | string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(d));
  const today = londonDay(now);
  return {
    items: rows.slice((page - 1) * pageSize, page * pageSize).map(({ deadlineRule: _r, anchorAt: _a, outcomeSummary: _s, ...view }) => view),
    total: rows.length,
    page,
    pageSize,
    counts: { overdue: open.filter(overdue).length, dueToday: open.filter((t) => londonDay(t.dueAt) === today).length, unclaimed: open.filter((t) => t.assignee === null).length },
  };
}

export function teamStub(now: Date, tasks: TaskDetailView[] = teamTasks(now)): TeamStub {
  const history = new Map<string, TaskHistoryEntry[]>(
    tasks.map((t) => [
      t.id,
      [
        t.subject?.kind === 'CME_CASE'
          ? { at: t.createdAt, actor: 'education-referrals', action: 'CREATED' as const, fromStatus: null, toStatus: 'OPEN', details: { cmeCaseId: t.subject.caseId, caseReference: t.subject.caseReference, source: 'SCHOOL_DELETION_RETURN' } }
          : { at: t.createdAt, actor: 'protocol', action: 'CREATED' as const, fromStatus: null, toStatus: 'OPEN', details: { decisionId: t.decisionId } },
        ...(t.claimedAt ? [{ at: t.claimedAt, actor: t.assignee ?? 'cmo', action: 'CLAIMED' as const, fromStatus: 'OPEN', toStatus: 'CLAIMED', details: { role: 'CMO' } }] : []),
        ...(t.outcome.offeredAt ? [{ at: at(now, -8), actor: t.assignee ?? 'cmo', action: 'OUTCOME_RECORDED' as const, fromStatus: 'CLAIMED', toStatus: 'OFFERED', details: { kind: 'OFFERED', ...t.outcome } }] : []),
      ],
    ]),
  );
  const find = (id: string) => tasks.find((t) => t.id === id);
  const noTask = (id: string) => ({ status: 404, body: { statusCode: 404, message: `no task ${id}` } });
  const children = [amySummary(), otherSummary()];

  const directory: StubRoutes = {
    'GET /v1/officers': () => ({ body: teamOfficers() }),
    'GET /v1/tasks': (req) => ({ body: listTasks(tasks, req.query, now) }),
    'GET /v1/tasks/:id/history': (_req, { id }) => (find(id) ? { body: history.get(id) ?? [] } : noTask(id)),
    'GET /v1/tasks/:id': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      const { outcomeSummary, ...rest } = t;
      return { body: readsSummary(req) ? { ...rest, outcomeSummary } : rest };
    },
    'POST /v1/tasks/:id/claim': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      if (t.status !== 'OPEN') return { status: 409, body: { statusCode: 409, message: `task is ${t.status}: cannot claim it`, currentStatus: t.status } };
      Object.assign(t, { status: 'CLAIMED', assignee: username(req), claimedAt: now.toISOString() });
      history.get(id)?.push({ at: now.toISOString(), actor: username(req), action: 'CLAIMED', fromStatus: 'OPEN', toStatus: 'CLAIMED', details: { role: 'CMO' } });
      return { body: { id, status: 'CLAIMED', assignee: username(req) } };
    },
    'POST /v1/tasks/:id/reassign': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      const { officer } = req.body as { officer?: string };
      const holder = teamOfficers().find((o) => o.username === officer && (o.role === 'CMO' || o.role === 'MANAGER'));
      if (!holder) return { status: 400, body: { statusCode: 400, message: 'validation failed', problems: [{ field: 'officer', reason: `no active officer ${officer}` }] } };
      if (!OPEN.includes(t.status)) return { status: 409, body: { statusCode: 409, message: `task is ${t.status}: cannot reassign it`, currentStatus: t.status } };
      const [from, fromAssignee] = [t.status, t.assignee];
      Object.assign(t, { status: t.status === 'OPEN' ? 'CLAIMED' : t.status, assignee: holder.username, claimedAt: t.claimedAt ?? now.toISOString() });
      history.get(id)?.push({ at: now.toISOString(), actor: username(req), action: 'REASSIGNED', fromStatus: from, toStatus: t.status, details: { change: 'REASSIGNED', role: 'MANAGER', fromAssignee, toAssignee: holder.username } });
      return { body: { id, status: t.status, assignee: holder.username } };
    },
    'POST /v1/tasks/:id/unclaim': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      if (!OPEN.includes(t.status) || !t.assignee) return { status: 409, body: { statusCode: 409, message: `task is ${t.status} and nobody holds it: nothing to unclaim`, currentStatus: t.status } };
      const [from, fromAssignee] = [t.status, t.assignee];
      Object.assign(t, t.status === 'CLAIMED' ? { status: 'OPEN', assignee: null, claimedAt: null } : { assignee: null });
      history.get(id)?.push({ at: now.toISOString(), actor: username(req), action: 'UNCLAIMED', fromStatus: from, toStatus: t.status, details: { change: 'UNCLAIMED', role: 'MANAGER', fromAssignee, toAssignee: 'TEAM_QUEUE' } });
      return { body: { id, status: t.status, assignee: null } };
    },
    'POST /v1/tasks/:id/cancel': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      if (!OPEN.includes(t.status)) return { status: 409, body: { statusCode: 409, message: `task is ${t.status}: cannot cancel it`, currentStatus: t.status } };
      const from = t.status;
      const { reason } = req.body as { reason?: string };
      Object.assign(t, { status: 'CANCELLED', closedAt: now.toISOString() });
      history.get(id)?.push({ at: now.toISOString(), actor: username(req), action: 'CANCELLED', fromStatus: from, toStatus: 'CANCELLED', details: { reason, role: 'MANAGER' } });
      return { body: { id, status: 'CANCELLED' } };
    },
    'POST /v1/tasks/:id/outcome': (req, { id }) => {
      const t = find(id);
      if (!t) return noTask(id);
      const { kind, summary, ...facts } = req.body as { kind: string; summary?: string } & Record<string, unknown>;
      const to = NEXT[kind]?.[t.status];
      if (!to) return { status: 409, body: { statusCode: 409, message: `task is ${t.status}: cannot record ${kind}`, currentStatus: t.status } };
      const from = t.status;
      Object.assign(t, { status: to, outcome: { ...t.outcome, ...facts }, ...(summary !== undefined ? { outcomeSummary: summary } : {}), ...(to === 'COMPLETED' ? { closedAt: now.toISOString() } : {}) });
      history.get(id)?.push({ at: now.toISOString(), actor: username(req), action: 'OUTCOME_RECORDED', fromStatus: from, toStatus: to, details: { kind, ...facts } });
      return { body: { id, status: to, outcome: t.outcome } };
    },
  };

  const protocolEngine: StubRoutes = {
    'GET /v1/children/search': (req) => {
      const q = (req.query.get('q') ?? '').toLowerCase();
      return { body: children.filter((c) => q.split(/\s+/).every((w) => c.givenName.toLowerCase().startsWith(w) || c.familyName.toLowerCase().startsWith(w))) };
    },
    'GET /v1/children/:id': (_req, { id }) => (id === AMY_ID ? { body: amyRecord(now) } : id === AMIR_ID ? { body: amirRecord(now) } : { status: 404, body: { message: 'no such child' } }),
    'GET /v1/children': (req) => {
      const ids = (req.query.get('ids') ?? '').split(',');
      return { body: children.filter((c) => ids.includes(c.id)) };
    },
    'GET /v1/decisions/:id': (_req, { id }) => (id === DECISION_ID ? { body: decisionFor(now) } : id === AMIR_DECISION_ID ? { body: amirDecision(now) } : { status: 404, body: { message: 'no such decision' } }),
  };

  return { tasks, history, directory, protocolEngine };
}

export const CME_TASK_ID = '99999999-9999-4999-8999-999999999999';
export const CME_CASE_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const CME_CASE_REF = 'CME-2026-000042';

/** A CME task as compliance-tracker sends it: no child, episode, police reference, decision or deadline rule; its subject is the case. */
export function cmeTask(now: Date): TaskDetailView {
  return detail(now, {
    id: CME_TASK_ID,
    type: 'CME_ENQUIRIES',
    status: 'OPEN',
    priority: 'NORMAL',
    dueAt: at(now, 24 * 3),
    childId: null,
    episodeId: null,
    decisionId: null,
    policeReference: null,
    subject: { kind: 'CME_CASE', caseId: CME_CASE_ID, caseReference: CME_CASE_REF, childKey: AMIR_EDUCATION_KEY },
    deadlineRule: null,
  });
}

/** education-referrals' open case for Amir (GET /v1/cme-cases?childKey=…), as CmeCaseSummary. */
export function amirCmeCase(now: Date): CmeCaseSummary {
  return {
    id: CME_CASE_ID,
    reference: CME_CASE_REF,
    status: 'OPEN',
    source: 'SCHOOL_RETURN',
    name: 'Amir Okafor',
    dateOfBirth: '2012-03-04',
    upn: null,
    schoolUrn: null,
    firstDayMissing: at(now, -24 * 10).slice(0, 10),
    openedAt: at(now, -24 * 9),
    outcome: null,
    closedAt: null,
    schoolDaysMissing: null,
  };
}
