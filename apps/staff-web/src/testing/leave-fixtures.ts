/**
 * Test-only: compliance-tracker's leave API in memory (its LeaveView and LeaveDetailView shapes,
 * its 400s and 409s, a CMO limited to their own), with the staff directory and the tasks a
 * leave moved, for staff-web's leave page tests.
 */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRequest, StubRoutes } from '@homeward/testing';
import type { LeaveDetailView, LeaveStatus, OfficerView, TaskDetailView } from '../data/compliance-tracker.types';
import { addToDate, londonToday, startOfLondonDay } from '../web/london-calendar';

export const DIRECTORY: OfficerView[] = [
  { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: false },
  { username: 'cover', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: false },
  { username: 'manager', displayName: 'Jordan Lee', role: 'MANAGER', disabled: false, onLeaveNow: false },
  { username: 'reader', displayName: 'Sam Taylor', role: 'READ_ONLY', disabled: false, onLeaveNow: false },
  { username: 'admin', displayName: 'Pat Quinn', role: 'PROTOCOL_ADMIN', disabled: false, onLeaveNow: false },
  { username: 'gone', displayName: 'Alex Former', role: 'CMO', disabled: true, onLeaveNow: false },
];

const HOUR = 3_600_000;
const ROLES: Record<string, string> = { 'token-for-cmo': 'CMO', 'token-for-manager': 'MANAGER' };
const who = (req: StubRequest) => {
  const token = String(req.headers.authorization ?? '').replace('Bearer ', '');
  return { username: token.replace('token-for-', ''), role: ROLES[token] ?? 'OTHER' };
};

function statusOf(l: LeaveDetailView, now: number): LeaveStatus {
  if (l.cancelledAt) return 'CANCELLED';
  if (Date.parse(l.startsAt) > now) return 'UPCOMING';
  if (Date.parse(l.endsAt) <= now) return 'ENDED';
  return 'IN_PROGRESS';
}

export interface LeaveStore {
  leave: Map<string, LeaveDetailView>;
  tasks: Map<string, TaskDetailView>;
  routes: StubRoutes;
}

let seq = 0;
const newId = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export function task(id: string, type: string, policeReference: string): TaskDetailView {
  const now = new Date().toISOString();
  return {
    id, type, status: 'CLAIMED', priority: 'NORMAL', dueAt: now, dueAtLondon: now, policeReference, reasons: [], assignee: 'cover', responsibleAuthority: null,
    episodeId: id, childId: id, decisionId: id, outcome: {}, claimedAt: now, closedAt: null, createdAt: now, deadlineRule: { unit: 'CLOCK_HOURS', amount: 72 }, anchorAt: now,
  };
}

/** Casey Morgan on leave now (two tasks moved to Rowan Patel), Jordan Lee's coming up, and an ended and a cancelled one. */
export function leaveStore(): LeaveStore {
  const now = Date.now();
  // Whole London days, as people record leave; recorded and moved at a working hour.
  const at = (days: number, hours = 0) => new Date(startOfLondonDay(addToDate(londonToday(new Date(now)), { days })).getTime() + hours * HOUR).toISOString();
  const leave = new Map<string, LeaveDetailView>();
  const tasks = new Map<string, TaskDetailView>();
  const add = (fields: Partial<LeaveDetailView> & Pick<LeaveDetailView, 'officer' | 'startsAt' | 'endsAt' | 'cover'>) => {
    const id = newId();
    const l: LeaveDetailView = {
      id, status: 'UPCOMING', recordedBy: 'manager', recordedAt: at(-20, 10.25), routedAt: null, routedTasks: null, cancelledAt: null, cancelledBy: null, tasksMoved: [],
      changes: [{ at: at(-20, 10.25), actor: 'manager', action: 'RECORDED', detail: {} }], ...fields,
    };
    leave.set(id, l);
    return l;
  };
  const rhi = task('7a1b2c3d-0000-4000-8000-000000000001', 'RETURN_INTERVIEW', 'NT/26/004512');
  const meeting = task('7a1b2c3d-0000-4000-8000-000000000002', 'MULTI_AGENCY_MEETING', 'NT/26/003981');
  tasks.set(rhi.id, rhi);
  tasks.set(meeting.id, meeting);
  add({
    officer: 'cmo', startsAt: at(-2), endsAt: at(5), cover: 'cover', routedAt: at(-2), routedTasks: 2,
    tasksMoved: [rhi, meeting].map((t) => ({ taskId: t.id, from: 'cmo', to: 'cover', at: at(-2), by: 'system:leave-cover' })),
  });
  add({ officer: 'manager', startsAt: at(10), endsAt: at(15), cover: null });
  add({ officer: 'cover', startsAt: at(-40), endsAt: at(-30), cover: 'cmo' });
  add({ officer: 'cover', startsAt: at(-12), endsAt: at(-8), cover: 'cmo', cancelledAt: at(-14, 15.5), cancelledBy: 'manager' });

  const view = (l: LeaveDetailView) => ({ ...l, status: statusOf(l, Date.now()) });
  const mine = (req: StubRequest, l: LeaveDetailView) => who(req).role === 'MANAGER' || (who(req).role === 'CMO' && who(req).username === l.officer);
  const forbidden = { status: 403, body: { message: 'role CMO may handle only their own leave' } };
  const missing = (id: string) => ({ status: 404, body: { message: `no leave ${id}` } });
  const active = (u: unknown) => DIRECTORY.some((o) => o.username === u && !o.disabled);
  const overlaps = (officer: string, startsAt: string, endsAt: string, except?: string) =>
    [...leave.values()].some((l) => l.id !== except && l.officer === officer && !l.cancelledAt && l.startsAt < endsAt && l.endsAt > startsAt);

  const routes: StubRoutes = {
    'GET /v1/officers': () => ({ body: DIRECTORY.map((o) => ({ ...o, onLeaveNow: [...leave.values()].some((l) => l.officer === o.username && statusOf(l, Date.now()) === 'IN_PROGRESS') })) }),
    'GET /v1/tasks/:id': (_req, { id }) => (tasks.has(id) ? { body: tasks.get(id) } : { status: 404, body: { message: 'no task' } }),
    'GET /v1/leave': (req) => {
      const items = [...leave.values()].filter((l) => who(req).role === 'MANAGER' || l.officer === who(req).username).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
      return { body: { items: items.map(({ tasksMoved: _t, changes: _c, ...l }) => view(l as LeaveDetailView)), page: 1, pageSize: Number(req.query.get('pageSize') ?? 50) } };
    },
    'GET /v1/leave/:id': (req, { id }) => {
      const l = leave.get(id);
      if (!l) return missing(id);
      return mine(req, l) ? { body: view(l) } : forbidden;
    },
    'POST /v1/leave': (req) => {
      const body = req.body as { officer: string; startsAt: string; endsAt: string; cover?: string };
      if (who(req).role === 'CMO' && body.officer !== who(req).username) return forbidden;
      const problems = [
        ...(active(body.officer) ? [] : [{ field: 'officer', reason: `no active officer ${body.officer}` }]),
        ...(body.cover === undefined || active(body.cover) ? [] : [{ field: 'cover', reason: `no active officer ${body.cover}` }]),
      ];
      if (problems.length) return { status: 400, body: { message: 'validation failed', problems } };
      if (overlaps(body.officer, body.startsAt, body.endsAt)) return { status: 409, body: { message: `${body.officer} already has leave in that period` } };
      const l = add({ officer: body.officer, startsAt: body.startsAt, endsAt: body.endsAt, cover: body.cover ?? null, recordedBy: who(req).username, recordedAt: new Date().toISOString() });
      return { status: 201, body: view(l) };
    },
    'PATCH /v1/leave/:id': (req, { id }) => {
      const l = leave.get(id);
      if (!l) return missing(id);
      if (!mine(req, l)) return forbidden;
      const status = statusOf(l, Date.now());
      if (status === 'ENDED' || status === 'CANCELLED') return { status: 409, body: { message: `leave is ${status}: cannot change it` } };
      const change = req.body as { startsAt?: string; endsAt?: string; coverUsername?: string | null };
      if (change.coverUsername && !active(change.coverUsername)) return { status: 400, body: { problems: [{ field: 'coverUsername', reason: `no active officer ${change.coverUsername}` }] } };
      const next = { startsAt: change.startsAt ?? l.startsAt, endsAt: change.endsAt ?? l.endsAt };
      if (overlaps(l.officer, next.startsAt, next.endsAt, l.id)) return { status: 409, body: { message: `${l.officer} already has leave in that period` } };
      Object.assign(l, next, change.coverUsername !== undefined ? { cover: change.coverUsername } : {});
      l.changes.push({ at: new Date().toISOString(), actor: who(req).username, action: 'CHANGED', detail: {} });
      return { body: view(l) };
    },
    'POST /v1/leave/:id/cancel': (req, { id }) => {
      const l = leave.get(id);
      if (!l) return missing(id);
      if (!mine(req, l)) return forbidden;
      const status = statusOf(l, Date.now());
      if (status === 'ENDED' || status === 'CANCELLED') return { status: 409, body: { message: `leave is ${status}: cannot cancel it` } };
      l.cancelledAt = new Date().toISOString();
      l.cancelledBy = who(req).username;
      if (status === 'IN_PROGRESS') l.endsAt = l.cancelledAt;
      l.changes.push({ at: l.cancelledAt, actor: who(req).username, action: 'CANCELLED', detail: {} });
      return { body: view(l) };
    },
  };
  return { leave, tasks, routes };
}

/** The leave of `officer` in the store, in the state asked. */
export function leaveOf(store: LeaveStore, officer: string, status: LeaveStatus): LeaveDetailView {
  const found = [...store.leave.values()].find((l) => l.officer === officer && statusOf(l, Date.now()) === status);
  if (!found) throw new Error(`no ${status} leave for ${officer}`);
  return found;
}
