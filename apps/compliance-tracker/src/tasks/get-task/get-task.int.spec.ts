import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../../app.module';
import { newOfficer } from '../../../test-support/compliance-test-fixtures';
import { createTask } from '../../../test-support/task-fixtures';
import type { TaskHistoryEntryView } from '../get-task-history';
import type { TaskDetailView } from './task-detail.view';

const HOUR = 3_600_000;
const SUMMARY = 'Said she stayed with an older friend in Leeds';

describe('compliance-tracker: one task and its history', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');
  type Officer = Awaited<ReturnType<typeof newOfficer>>;
  let cmo: Officer;
  let manager: Officer;
  let reader: Officer;
  let taskId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    [cmo, manager, reader] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'MANAGER'), await newOfficer(svc.app, 'READ_ONLY')];
    taskId = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + 72 * HOUR) });
    clock.advance(HOUR);
    expect((await call('POST', `/v1/tasks/${taskId}/claim`, cmo)).status).toBe(200);
    clock.advance(HOUR);
    expect((await call('POST', `/v1/tasks/${taskId}/outcome`, cmo, { kind: 'OFFERED', offeredAt: clock.now().toISOString(), offeredHow: 'PHONE' })).status).toBe(200);
    clock.advance(HOUR);
    expect((await call('POST', `/v1/tasks/${taskId}/outcome`, cmo, { kind: 'HELD', heldAt: clock.now().toISOString(), interviewerIndependent: true, summary: SUMMARY })).status).toBe(200);
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const call = (method: string, path: string, officer: Officer, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: officer.auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const detail = async (officer: Officer): Promise<TaskDetailView> => {
    const res = await call('GET', `/v1/tasks/${taskId}`, officer);
    expect(res.status).toBe(200);
    return (await res.json()) as TaskDetailView;
  };

  it('given a return interview claimed, offered and held, then the CMO and a manager read it whole, the summary included', async () => {
    for (const officer of [cmo, manager]) {
      expect(await detail(officer)).toMatchObject({
        id: taskId,
        status: 'COMPLETED',
        assignee: cmo.username,
        deadlineRule: { unit: 'CLOCK_HOURS', amount: 72 },
        anchorAt: '2025-10-01T10:00:00.000Z',
        dueAt: '2025-10-04T10:00:00.000Z',
        dueAtLondon: '2025-10-04T11:00:00+01:00',
        outcome: { result: 'HELD', offeredHow: 'PHONE', interviewerIndependent: true },
        outcomeSummary: SUMMARY,
        claimedAt: '2025-10-01T11:00:00.000Z',
        closedAt: '2025-10-01T13:00:00.000Z',
      });
    }
  });

  it('given a read-only officer, then they read the task without what the child said, and can neither claim nor record', async () => {
    const read = await detail(reader);
    expect(read.status).toBe('COMPLETED');
    expect(read).not.toHaveProperty('outcomeSummary');
    expect(JSON.stringify(read)).not.toContain('Leeds');
    const open = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + 72 * HOUR) });
    expect((await call('POST', `/v1/tasks/${open}/claim`, reader)).status).toBe(403);
    expect((await call('POST', `/v1/tasks/${open}/outcome`, reader, { kind: 'DONE', doneAt: clock.now().toISOString() })).status).toBe(403);
  });

  it('given the same task, then its history says who did what and when, oldest first, and never the summary', async () => {
    const res = await call('GET', `/v1/tasks/${taskId}/history`, reader);
    expect(res.status).toBe(200);
    const history = (await res.json()) as TaskHistoryEntryView[];
    expect(history.map((h) => [h.action, h.actor, h.fromStatus, h.toStatus, h.at])).toEqual([
      ['CREATED', 'protocol', null, 'OPEN', '2025-10-01T10:00:00.000Z'],
      ['CLAIMED', cmo.username, 'OPEN', 'CLAIMED', '2025-10-01T11:00:00.000Z'],
      ['OUTCOME_RECORDED', cmo.username, 'CLAIMED', 'OFFERED', '2025-10-01T12:00:00.000Z'],
      ['OUTCOME_RECORDED', cmo.username, 'OFFERED', 'COMPLETED', '2025-10-01T13:00:00.000Z'],
    ]);
    expect(history[3].details).toMatchObject({ kind: 'HELD', interviewerIndependent: true });
    expect(JSON.stringify(history)).not.toContain('Leeds');
  });

  it('given an unknown or malformed id, then 404 or 400 naming the id', async () => {
    expect((await call('GET', `/v1/tasks/${randomUUID()}`, cmo)).status).toBe(404);
    expect((await call('GET', `/v1/tasks/${randomUUID()}/history`, cmo)).status).toBe(404);
    const bad = await call('GET', '/v1/tasks/not-a-task', cmo);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems).toEqual([{ field: 'id', reason: 'id must be a UUID' }]);
  });

  it('given the OpenAPI document, then it describes the queue, a task, its history, leave and the figures by month', async () => {
    const doc = (await (await fetch(`${svc.url}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: object }> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/tasks', '/v1/tasks/{id}', '/v1/tasks/{id}/history', '/v1/leave/{id}', '/v1/leave/{id}/cancel', '/v1/compliance']));
    expect(Object.keys(doc.paths['/v1/leave/{id}'])).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(Object.keys(doc.components.schemas.TaskPage.properties ?? {})).toContain('counts');
    expect(Object.keys(doc.components.schemas.ComplianceFigures.properties ?? {})).toContain('byMonth');
  });
});
