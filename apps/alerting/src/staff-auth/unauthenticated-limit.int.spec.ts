import { Clock } from '@homeward/contracts';
import { createTestEnvironment, exerciseUnauthenticatedLimit, FakeClock, RunningService, staffToken, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { AppModule } from '../app.module';

jest.setTimeout(60_000);

describe('alerting: requests without a valid staff token, limited per address', () => {
  const clock = new FakeClock('2026-06-02T12:00:45Z');
  let env: TestEnvironment;
  let svc: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment({ UNAUTHENTICATED_LIMIT_PER_IP: '3', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' });
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it("given three refused tokens from one address, answers the next (and one without a token) with 429 and Retry-After, and still serves a valid token, the probes and the OpenAPI's 429", async () => {
    const outcome = await exerciseUnauthenticatedLimit(svc.url, {
      limit: 3,
      refused: { path: '/v1/alerts', authorization: 'Bearer not-a-staff-token' },
      served: { path: '/v1/alerts', authorization: `Bearer ${staffToken({ staffId: 'limit.cmo', role: 'CMO' }, undefined, { now: clock.now() })}` },
    });
    expect(outcome).toEqual({
      refused: [401, 401, 401],
      limited: { status: 429, retryAfter: '15', wwwAuthenticate: null, message: 'too many requests without valid credentials from this address; retry after 15 s' },
      withoutCredential: 429,
      served: 200,
      health: 200,
      documented: true,
    });
  });

  it('given the window has ended, a refused token is a 401 again', async () => {
    const refused = () => fetch(`${svc.url}/v1/alerts`, { headers: { authorization: 'Bearer not-a-staff-token' } });
    expect((await refused()).status).toBe(429);
    clock.advance(15_000);
    expect((await refused()).status).toBe(401);
  });
});
