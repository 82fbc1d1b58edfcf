import { exerciseUnauthenticatedLimit, staffToken } from '@homeward/testing';
import { Engine, startEngine } from '../testing/engine-test-kit';

jest.setTimeout(60_000);

describe('protocol-engine: requests without a valid staff token, limited per address', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine({ env: { UNAUTHENTICATED_LIMIT_PER_IP: '3', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' } });
  });

  afterAll(async () => {
    await engine?.close();
  });

  it("given three refused tokens from one address, answers the next (and one without a token) with 429 and Retry-After, and still serves a valid token, the probes and the OpenAPI's 429", async () => {
    const outcome = await exerciseUnauthenticatedLimit(engine.svc.url, {
      limit: 3,
      refused: { path: '/v1/decisions', authorization: 'Bearer not-a-staff-token' },
      served: { path: '/v1/decisions', authorization: `Bearer ${staffToken({ staffId: 'limit.reader', role: 'READ_ONLY' })}` },
    });
    expect(outcome).toEqual({
      refused: [401, 401, 401],
      // The fake clock stands at the start of a minute: the whole window is left.
      limited: { status: 429, retryAfter: '60', wwwAuthenticate: null, message: 'too many requests without valid credentials from this address; retry after 60 s' },
      withoutCredential: 429,
      // Past the guard to the query's own check (an episode or child is required): served, not refused.
      served: 400,
      health: 200,
      documented: true,
    });
  });

  it('given the window has ended, a refused token is a 401 again', async () => {
    expect((await fetch(`${engine.svc.url}/v1/decisions`, { headers: { authorization: 'Bearer not-a-staff-token' } })).status).toBe(429);
    engine.clock.advance(60_000);
    expect((await fetch(`${engine.svc.url}/v1/decisions`, { headers: { authorization: 'Bearer not-a-staff-token' } })).status).toBe(401);
  });
});
