import { Clock } from '@homeward/contracts';
import { StaffRoles } from '@homeward/platform';
import { createTestEnvironment, FakeClock, fuzzOpenApi, fuzzSummary, RunningService, staffToken, startServiceInProcess, tableCounts, TestEnvironment, waitFor } from '@homeward/testing';
import { isReady, validNotification } from '../test-support/ingest-kit';
import { CreateApiKey } from './api-keys/create-api-key';
import { AppModule } from './app.module';
import { ingestService } from './ingest-service';

// Hundreds of requests: under the whole suite on two cores a run can take minutes, and only a finding fails it.
jest.setTimeout(300_000);

describe('ingest-api: malformed requests to every endpoint, as a force and as each staff role', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  const tokens: Record<string, string> = Object.fromEntries(StaffRoles.map((role) => [role, `Bearer ${staffToken({ staffId: `fuzz.${role.toLowerCase()}`, role }, undefined, { now: clock.now() })}`]));

  beforeAll(async () => {
    env = await createTestEnvironment({ RATE_LIMIT_PER_FORCE: '1000000' });
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: ingestService.configure });
    tokens.force = `Bearer ${(await svc.app.get(CreateApiKey).execute({ force: 'FUZZ', label: 'test' })).key}`;
    await waitFor(() => isReady(svc.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given a few hundred malformed requests, then each is a 4xx and no table changes', async () => {
    const before = await tableCounts(env.databaseUrl, 'ingest');
    const child = { givenName: 'Jordan', familyName: 'Example', dateOfBirth: '2012-04-17' };
    const report = await fuzzOpenApi({
      baseUrl: svc.url,
      tokens,
      bodies: {
        'POST /v1/notifications': validNotification(),
        'POST /v1/placement-notices': {
          noticeId: 'FUZZ-PN-1', child, placingAuthority: 'E08000032', placementStart: '2026-03-01',
          provider: { kind: 'CHILDRENS_HOME', name: 'Example House' }, riskAssessmentProvided: true, riskManagementPlanProvided: false,
        },
      },
      casesPerOperation: 60,
      seed: 20260602,
    });
    process.stdout.write(`${fuzzSummary('ingest-api', report)}\n`);
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThan(200);
    expect(await tableCounts(env.databaseUrl, 'ingest')).toEqual(before);
  });
});
