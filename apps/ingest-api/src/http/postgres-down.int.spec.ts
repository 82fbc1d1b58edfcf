import { createTestEnvironment, PostgresHandle, RunningService, startPostgres, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, IngestRows, isReady, postNotification, validNotification } from '../../test-support/ingest-kit';
import { CreateApiKey } from '../api-keys/create-api-key';
import { AppModule } from '../app.module';
import { ingestService } from '../ingest-service';

jest.setTimeout(120_000);

/**
 * PostgreSQL stopped under a running ingest-api: police systems get 503 with Retry-After,
 * never a 2xx, and nothing is stored. Uses its own throwaway cluster: the suite's shared
 * server is never stopped.
 */
describe('ingest-api with PostgreSQL down', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hw-ingest-pgdown-'));
  let pg: PostgresHandle;
  let env: TestEnvironment;
  let ingest: RunningService;
  let key: string;

  beforeAll(async () => {
    pg = await startPostgres({ dataDir, durable: false });
    env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', UNAVAILABLE_RETRY_AFTER_SECONDS: '7' });
    ingest = await startServiceInProcess(AppModule, env, { env: { DATABASE_URL: pg.url }, configure: ingestService.configure });
    key = (await ingest.app.get(CreateApiKey).execute({ force: 'PGDOWN', label: 'test' })).key;
    await waitFor(() => isReady(ingest.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
  });

  afterAll(async () => {
    await ingest?.close();
    await pg?.stop();
    await env?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given PostgreSQL stops, answers 503 with Retry-After and stores nothing; once it is back, accepts again', async () => {
    const before = await postNotification(ingest.url, key, validNotification());
    expect(before.status).toBe(202);

    await pg.stop();
    const refused = validNotification();
    const during = await postNotification(ingest.url, key, refused);
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('7');
    expect(during.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    const status = await call(`${ingest.url}/v1/notifications/${String(before.body.id)}`, { key });
    expect(status.status).toBe(503);

    pg = await startPostgres({ dataDir, port: pg.port, durable: false });
    const after = await waitFor(
      async () => {
        const answer = await postNotification(ingest.url, key, validNotification());
        return answer.status === 202 ? answer : undefined;
      },
      { timeoutMs: 30_000, description: 'ingest accepting again' },
    );
    expect(after.status).toBe(202);

    const rows = await IngestRows.open(pg.url);
    try {
      const stored = await rows.query<{ notification_id: string }>(`SELECT notification_id FROM ingest.notifications ORDER BY received_at`);
      expect(stored.map((r) => r.notification_id)).not.toContain(refused.notificationId);
      expect(stored).toHaveLength(2);
      expect(await rows.counts()).toEqual({ notifications: 2, outbox: 2 });
    } finally {
      await rows.close();
    }
  });
});
