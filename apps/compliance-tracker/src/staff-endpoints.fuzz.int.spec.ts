import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, fuzzOpenApi, fuzzSummary, RunningService, startServiceInProcess, tableCounts, TestEnvironment } from '@homeward/testing';
import { newOfficer } from '../test-support/compliance-test-fixtures';
import { createTask } from '../test-support/task-fixtures';
import { AppModule } from './app.module';
import { OfficerRoles } from './staff-auth/officer.entity';

// Hundreds of requests: under the whole suite on two cores a run can take minutes, and only a finding fails it.
jest.setTimeout(300_000);

const DAY = 24 * 3_600_000;

describe('compliance-tracker: malformed requests to every staff endpoint', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  const pathIds: Record<string, string[]> = {};
  const bodies: Record<string, unknown> = {};

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
    const officers = Object.fromEntries(await Promise.all(OfficerRoles.map(async (role) => [role, await newOfficer(svc.app, role)] as const)));
    for (const [role, o] of Object.entries(officers)) tokens[role] = o.auth;
    // Real records, so a body that passes its DTO reaches the use case instead of a 404.
    const call = async (method: string, path: string, auth: string, body?: unknown) => {
      const res = await fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(res.status).toBeLessThan(300);
      return (await res.json()) as { id: string };
    };
    const task = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + DAY) });
    await call('POST', `/v1/tasks/${task}/claim`, officers.CMO.auth);
    const leave = await call('POST', '/v1/leave', officers.MANAGER.auth, { officer: officers.CMO.username, startsAt: '2026-07-01T08:00:00Z', endsAt: '2026-07-10T17:00:00Z' });
    const request = await call('POST', `/v1/tasks/${task}/placing-authority-requests`, officers.CMO.auth, { placingAuthority: 'Bradford', contact: 'LAC team', askedAt: '2026-06-01T10:00:00Z' });
    Object.assign(pathIds, { id: [task, leave.id, request.id], taskId: [task] });
    // Valid bodies: each case breaks one of them, so a DTO that lets the fault through reaches the use case.
    Object.assign(bodies, {
      'POST /v1/tasks/{id}/outcome': { kind: 'OFFERED', offeredAt: '2026-06-01T10:00:00Z', offeredHow: 'PHONE' },
      'POST /v1/leave': { officer: officers.CMO.username, startsAt: '2026-08-01T08:00:00Z', endsAt: '2026-08-05T17:00:00Z' },
      'PATCH /v1/leave/{id}': { endsAt: '2026-07-12T17:00:00Z' },
      'POST /v1/tasks/{taskId}/placing-authority-requests': { placingAuthority: 'Bradford', contact: 'LAC team', askedAt: '2026-06-01T11:00:00Z' },
      'POST /v1/placing-authority-requests/{id}/reply': { receivedAt: '2026-06-02T10:00:00Z', riskAssessment: true, riskManagementPlan: false },
      'POST /v1/tasks/{id}/reassign': { officer: officers.MANAGER.username },
    });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given a few hundred malformed requests as each role, then each is a 4xx and no table changes', async () => {
    const before = await tableCounts(env.databaseUrl, 'compliance');
    const report = await fuzzOpenApi({ baseUrl: svc.url, tokens, pathIds, bodies, casesPerOperation: 16, seed: 20260602 });
    process.stdout.write(`${fuzzSummary('compliance-tracker', report)}\n`);
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThan(300);
    expect(await tableCounts(env.databaseUrl, 'compliance')).toEqual(before);
  });
});
