import { Clock, createEnvelope, type DecisionMadeV1 } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../app.module';
import { CreateTasksFromDecision, CreateTasksFromDecisionCommand } from '../tasks/create-tasks-from-decision';
import { DataSource } from 'typeorm';
import { newOfficer, returnInterviewDecision } from '../../test-support/compliance-test-fixtures';

const HOUR = 3_600_000;
const PLACING = 'E08000032';
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe("compliance-tracker: the episodes' return interviews and open work, for the reports", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: Officer;
  let reader: Officer;
  const clock = new FakeClock('2026-11-30T08:00:00Z');
  const ids: Record<string, string> = {};
  const taskIds: Record<string, string> = {};

  const decide = async (name: string, foundAt: string, edit?: (d: DecisionMadeV1) => void) => {
    const d = returnInterviewDecision(new Date(foundAt));
    edit?.(d);
    ids[name] = d.episodeId;
    await svc.app.get(CreateTasksFromDecision).execute(CreateTasksFromDecisionCommand.create(createEnvelope({ type: 'protocol.decision-made', version: 1, data: d, correlationId: 'test', producer: 'test' })));
    const tasks: { id: string; type: string }[] = await svc.app.get(DataSource).query(`SELECT id, type FROM tasks WHERE episode_id = $1`, [d.episodeId]);
    for (const t of tasks) taskIds[`${name}:${t.type}`] = t.id;
    return d;
  };
  const post = async (taskId: string, path: string, body?: unknown) => {
    const res = await fetch(`${svc.url}/v1/tasks/${taskId}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: cmo.auth }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(`${res.status} ${await res.text()}`).toMatch(/^200/);
  };
  const work = (query: string, auth = reader.auth) => fetch(`${svc.url}/v1/episode-work?${query}`, { headers: { authorization: auth } });

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    [cmo, reader] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'READ_ONLY')];
    // Declined: offered a day after the child was found, within the 72 hours.
    await decide('declined', '2026-11-24T20:00:00Z');
    // Overdue: found on the Monday, never offered; a multi-agency meeting still open beside it.
    await decide('overdue', '2026-11-23T10:00:00Z', (d) => {
      d.requiredActions.push({ ...d.requiredActions[0], actionKey: `${d.decisionId}:meeting`, taskType: 'MULTI_AGENCY_MEETING', deadline: { unit: 'WORKING_DAYS', amount: 10 }, reasons: ['persistent-missing'] });
    });
    // Placed here: the placing LA is responsible; held on time.
    await decide('placed', '2026-11-28T15:30:00Z', (d) => (d.requiredActions[0].responsibleAuthority = PLACING));
  });
  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given the history, each episode reads its RHI state, deadline and timeliness, who is responsible, and its open work', async () => {
    const [declined, overdue, placed] = ['declined', 'overdue', 'placed'].map((n) => taskIds[`${n}:RETURN_INTERVIEW`]);
    await post(declined, 'claim');
    await post(declined, 'outcome', { kind: 'OFFERED', offeredAt: '2026-11-25T10:00:00Z', offeredHow: 'PHONE' });
    await post(declined, 'outcome', { kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' });
    await post(placed, 'claim');
    await post(placed, 'outcome', { kind: 'OFFERED', offeredAt: '2026-11-29T09:00:00Z', offeredHow: 'IN_PERSON' });
    await post(placed, 'outcome', { kind: 'HELD', heldAt: '2026-11-29T11:00:00Z', interviewerIndependent: true, summary: 'Talked through what happened.' });

    const res = await work(`episodeIds=${[ids.placed, ids.declined, randomUUID(), ids.overdue].join(',')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { episodeId: string; returnInterview: Record<string, unknown>; openActions: Record<string, unknown>[] }[];
    // In the order asked; the episode with no work left out.
    expect(body.map((w) => w.episodeId)).toEqual([ids.placed, ids.declined, ids.overdue]);
    expect(body[0].returnInterview).toMatchObject({ taskId: placed, state: 'HELD', offeredAt: '2026-11-29T09:00:00.000Z', offeredOnTime: true, heldOnTime: true, overdue: false, responsibleAuthority: PLACING });
    expect(body[1].returnInterview).toMatchObject({ taskId: declined, state: 'DECLINED', dueAt: '2026-11-27T20:00:00.000Z', dueAtLondon: '2026-11-27T20:00:00+00:00', offeredOnTime: true, heldOnTime: null, overdue: false, responsibleAuthority: null });
    expect(body[2].returnInterview).toMatchObject({ taskId: overdue, state: 'TO_OFFER', dueAt: '2026-11-26T10:00:00.000Z', overdue: true, offeredOnTime: false, offeredAt: null });
    expect(body[2].openActions).toEqual([expect.objectContaining({ type: 'MULTI_AGENCY_MEETING', status: 'OPEN', overdue: false })]);
    expect(body[0].openActions).toEqual([]);
  });

  it('given bad episode ids the 400 names episodeIds; roles other than CMO, MANAGER, READ_ONLY are refused', async () => {
    for (const q of ['episodeIds=not-a-uuid', 'episodeIds=', '', `episodeIds=${Array.from({ length: 101 }, () => randomUUID()).join(',')}`]) {
      const res = await work(q);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toContain('episodeIds');
    }
    const admin = await newOfficer(svc.app, 'PROTOCOL_ADMIN');
    expect((await work(`episodeIds=${ids.declined}`, admin.auth)).status).toBe(403);
    expect((await work(`episodeIds=${ids.declined}`, 'Bearer nobody')).status).toBe(401);
    expect((await work(`episodeIds=${ids.declined}`, cmo.auth)).status).toBe(200);
  });
});
