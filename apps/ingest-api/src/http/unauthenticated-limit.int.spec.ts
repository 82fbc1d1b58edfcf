import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { call, IngestRows, isReady, postNotification, validNotification } from '../../test-support/ingest-kit';
import { CreateApiKey } from '../api-keys/create-api-key';
import { AppModule } from '../app.module';
import { ingestService } from '../ingest-service';

jest.setTimeout(60_000);

describe('ingest-api: requests without a valid key, limited per address', () => {
  const clock = new FakeClock('2026-06-02T12:00:30Z');
  let env: TestEnvironment;
  let replicas: RunningService[] = [];
  let rows: IngestRows;

  beforeAll(async () => {
    env = await createTestEnvironment({ UNAUTHENTICATED_LIMIT_PER_IP: '3', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' });
    const boot = () => startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: ingestService.configure });
    // Two replicas on one Redis: the count is shared.
    replicas = [await boot(), await boot()];
    rows = await IngestRows.open(env.databaseUrl);
    await waitFor(async () => (await Promise.all(replicas.map((r) => isReady(r.url)))).every(Boolean), { timeoutMs: 30_000, description: 'replicas ready' });
  });

  afterAll(async () => {
    await rows?.close();
    await Promise.all(replicas.map((r) => r.close()));
    await env?.dispose();
  });

  it('given three refused keys from one address, answers the next with 429 and Retry-After on either replica, stores nothing, and still serves a valid key', async () => {
    const before = await rows.counts();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postNotification(replicas[i % 2].url, `hwk_wrong_${i}`, validNotification())).status);
    expect(statuses).toEqual([401, 401, 401]);

    const limited = await postNotification(replicas[1].url, 'hwk_wrong_again', validNotification());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('www-authenticate')).toBeNull();
    expect(limited.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'too many requests without valid credentials from this address; retry after 30 s' });
    // No key at all: refused before the guard runs.
    expect((await call(`${replicas[0].url}/v1/notifications`, { body: validNotification() })).status).toBe(429);
    expect(await rows.counts()).toEqual(before);

    const key = (await replicas[0].app.get(CreateApiKey).execute({ force: 'UNAUTH-A', label: 'test' })).key;
    expect((await postNotification(replicas[1].url, key, validNotification())).status).toBe(202);
    expect((await call(`${replicas[0].url}/health/live`)).status).toBe(200);
    const docs = await call<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(`${replicas[0].url}/docs/openapi.json`);
    expect(docs.status).toBe(200);
    expect(docs.body.paths['/v1/notifications'].post.responses['429']).toBeDefined();
  });

  it('given the window has ended, a refused key is a 401 again', async () => {
    expect((await postNotification(replicas[0].url, 'hwk_wrong', validNotification())).status).toBe(429);
    clock.advance(30_000);
    expect((await postNotification(replicas[0].url, 'hwk_wrong', validNotification())).status).toBe(401);
  });
});
