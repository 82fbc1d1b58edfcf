import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { newOfficer } from '../../../test-support/compliance-test-fixtures';
import { createTask, TaskSpec } from '../../../test-support/task-fixtures';
import type { ComplianceFigures } from './compliance-figures.view';

const HOUR = 3_600_000;
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe("compliance-tracker: the Board's figures by London month", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: Officer;
  let reader: Officer;
  const clock = new FakeClock('2025-11-10T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    [cmo, reader] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'READ_ONLY')];

    // 23:30 BST on 30 September: September's, though it is 22:30 UTC.
    const september = await foundAt('2025-09-30T22:30:00Z');
    await claim(september);
    await outcome(september, { kind: 'OFFERED', offeredAt: after('2025-09-30T22:30:00Z', 1), offeredHow: 'PHONE' });
    await outcome(september, { kind: 'HELD', heldAt: after('2025-09-30T22:30:00Z', 2), interviewerIndependent: true, summary: 'x' });
    const meeting = await foundAt('2025-09-10T10:00:00Z', { taskType: 'MULTI_AGENCY_MEETING' });
    await claim(meeting);
    await outcome(meeting, { kind: 'MEETING_HELD', heldAt: after('2025-09-10T10:00:00Z', 1), attendeeAgencies: ['POLICE'], actions: [] });
    // 00:30 BST on 1 October: October's, though it is still 30 September in UTC.
    const october = await foundAt('2025-09-30T23:30:00Z');
    await claim(october);
    await outcome(october, { kind: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' });
    // The last half hour of October (GMT again), left open past its deadline; and the first moment of November.
    await foundAt('2025-10-31T23:30:00Z');
    await foundAt('2025-11-01T00:00:00Z');
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const after = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();
  const foundAt = (iso: string, extra: Partial<TaskSpec> = {}) => createTask(svc.app, { dueAt: new Date(Date.parse(iso) + 72 * HOUR), ...extra });
  const post = (path: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: cmo.auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const claim = async (id: string) => expect((await post(`/v1/tasks/${id}/claim`)).status).toBe(200);
  const outcome = async (id: string, body: unknown) => {
    const res = await post(`/v1/tasks/${id}/outcome`, body);
    expect(`${res.status} ${await res.text()}`).toMatch(/^200/);
  };
  const figures = (query: string) => fetch(`${svc.url}/v1/compliance?${query}`, { headers: { authorization: reader.auth } });

  it('given September and October in London dates, then the whole period and each month, counted where London puts each piece of work', async () => {
    const res = await figures('from=2025-09-01&to=2025-10-31');
    expect(res.status).toBe(200);
    const body = (await res.json()) as ComplianceFigures;
    expect([body.from, body.to]).toEqual(['2025-08-31T23:00:00.000Z', '2025-11-01T00:00:00.000Z']);
    expect(body.returnInterviews).toEqual({
      total: 3,
      offeredWithin72h: { count: 1, percent: 33.3 },
      heldWithin72h: { count: 1, percent: 33.3 },
      declined: { count: 0, percent: 0 },
      notOffered: { count: 1, percent: 33.3 },
      notOfferedByReason: { CHILD_IN_CUSTODY: 1 },
      overdueNow: { count: 1, percent: 33.3 },
    });
    expect(body.meetings).toEqual({ total: 1, heldByDeadline: { count: 1, percent: 100 }, overdueNow: { count: 0, percent: 0 } });

    expect(body.byMonth.map((m) => [m.month, m.from, m.to])).toEqual([
      ['2025-09', '2025-08-31T23:00:00.000Z', '2025-09-30T23:00:00.000Z'],
      ['2025-10', '2025-09-30T23:00:00.000Z', '2025-11-01T00:00:00.000Z'],
    ]);
    const [september, october] = body.byMonth;
    expect(september.returnInterviews).toMatchObject({ total: 1, offeredWithin72h: { count: 1, percent: 100 }, heldWithin72h: { count: 1, percent: 100 }, notOffered: { count: 0, percent: 0 }, notOfferedByReason: {} });
    expect(september.meetings).toEqual({ total: 1, heldByDeadline: { count: 1, percent: 100 }, overdueNow: { count: 0, percent: 0 } });
    expect(october.returnInterviews).toMatchObject({ total: 2, offeredWithin72h: { count: 0, percent: 0 }, notOffered: { count: 1, percent: 50 }, notOfferedByReason: { CHILD_IN_CUSTODY: 1 }, overdueNow: { count: 1, percent: 50 } });
    expect(october.meetings).toEqual({ total: 0, heldByDeadline: { count: 0, percent: null }, overdueNow: { count: 0, percent: null } });
  });

  it('given a period that starts mid-month, then its first month is cut to the period', async () => {
    const body = (await (await figures('from=2025-10-01&to=2025-11-30')).json()) as ComplianceFigures;
    expect(body.byMonth.map((m) => [m.month, m.returnInterviews.total])).toEqual([['2025-10', 2], ['2025-11', 1]]);
    const cut = (await (await figures('from=2025-09-30T23:00:00Z&to=2025-10-01T00:00:00Z')).json()) as ComplianceFigures;
    expect(cut.byMonth).toEqual([expect.objectContaining({ month: '2025-10', from: '2025-09-30T23:00:00.000Z', to: '2025-10-01T00:00:00.000Z' })]);
    expect(cut.returnInterviews.total).toBe(1);
  });

  it('given an end before the start or a date that is not one, then 400 naming the field', async () => {
    for (const [query, field] of [['from=2025-10-02&to=2025-10-01', 'to'], ['from=2025-10-01&to=2025-13-01', 'to'], ['to=2025-10-01', 'from']]) {
      const res = await figures(query);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual([field]);
    }
  });

  it('given homeAuthority, each period also splits its RHIs into ours (this authority, or none) and placed here by another', async () => {
    const db = svc.app.get(DataSource);
    // September's is ours (the code as staff type it), October's first placed here, the last of October has no responsible authority.
    await db.query(`UPDATE tasks SET responsible_authority = CASE anchor_at WHEN '2025-09-30T22:30:00Z' THEN ' e10000024' WHEN '2025-09-30T23:30:00Z' THEN 'E08000032' ELSE NULL END WHERE type = 'RETURN_INTERVIEW'`);
    const body = (await (await figures('from=2025-09-01&to=2025-10-31&homeAuthority=E10000024')).json()) as ComplianceFigures;
    expect(body.returnInterviewsByResponsibility).toEqual({
      ours: { total: 2, offeredWithin72h: { count: 1, percent: 50 }, heldWithin72h: { count: 1, percent: 50 }, declined: { count: 0, percent: 0 }, notOffered: { count: 0, percent: 0 }, overdueNow: { count: 1, percent: 50 } },
      placedHere: { total: 1, offeredWithin72h: { count: 0, percent: 0 }, heldWithin72h: { count: 0, percent: 0 }, declined: { count: 0, percent: 0 }, notOffered: { count: 1, percent: 100 }, overdueNow: { count: 0, percent: 0 } },
    });
    expect(body.byMonth.map((m) => [m.month, m.returnInterviewsByResponsibility?.ours.total, m.returnInterviewsByResponsibility?.placedHere.total])).toEqual([['2025-09', 1, 0], ['2025-10', 1, 1]]);
    expect(body.byMonth[0].returnInterviewsByResponsibility?.placedHere.offeredWithin72h).toEqual({ count: 0, percent: null });
    // Without it, the answer is as it always was.
    expect(((await (await figures('from=2025-09-01&to=2025-10-31')).json()) as ComplianceFigures).returnInterviewsByResponsibility).toBeUndefined();
    const bad = await figures('from=2025-09-01&to=2025-10-31&homeAuthority=not%20a%20code');
    expect(bad.status).toBe(400);
  });
});
