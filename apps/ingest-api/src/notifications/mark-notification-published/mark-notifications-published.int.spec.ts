import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { call, IngestRows, isReady, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { CreateApiKey } from '../../api-keys/create-api-key';
import { AppModule } from '../../app.module';
import { ingestService } from '../../ingest-service';

jest.setTimeout(60_000);

interface Status {
  status: string;
  publishedAt: string | null;
}

describe('ingest-api: a notification becomes "published" when the broker holds its event', () => {
  let env: TestEnvironment;
  let ingest: RunningService | undefined;
  let rows: IngestRows;
  let key: string;

  const start = async (relay: boolean) => {
    ingest = await startServiceInProcess(AppModule, env, { configure: ingestService.configure, env: { OUTBOX_RELAY_ENABLED: String(relay) } });
    await waitFor(() => isReady(ingest!.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
    return ingest;
  };
  const accept = async () => String((await postNotification(ingest!.url, key, validNotification())).body.id);
  const statusOf = async (id: string) => (await call<Status>(`${ingest!.url}/v1/notifications/${id}`, { key })).body;
  const published = (id: string) => waitFor(async () => (await statusOf(id)).publishedAt ?? undefined, { timeoutMs: 30_000, description: `${id} published` });

  beforeAll(async () => {
    env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', RATE_LIMIT_PER_FORCE: '100000' });
    rows = await IngestRows.open(env.databaseUrl);
  });

  afterEach(async () => {
    await ingest?.close();
    ingest = undefined;
  });

  afterAll(async () => {
    await rows?.close();
    await env?.dispose();
  });

  it('given the relay held off, shows accepted; given it running, shows published with the time the broker took the event', async () => {
    await start(false);
    key = (await ingest!.app.get(CreateApiKey).execute({ force: 'NOTTS', label: 'test' })).key;
    const id = await accept();
    expect(await statusOf(id)).toMatchObject({ status: 'accepted', publishedAt: null });
    await ingest!.close();

    await start(true);
    const at = await published(id);
    expect(await statusOf(id)).toMatchObject({ status: 'published', publishedAt: at });
    const [outbox] = await rows.query<{ processed_at: Date }>(`SELECT processed_at FROM ingest.outbox WHERE aggregate_id = $1`, [id]);
    // One transaction marks both: the status says published exactly when the outbox does.
    expect(at).toBe(outbox.processed_at.toISOString());
  });

  it("given the relay's transaction killed while it marks the notification published, the relay's retry marks it", async () => {
    await start(false);
    const id = await accept();
    await ingest!.close();

    await rows.killUpdateMidWork(id, 'published_at', async () => void (await start(true)));
    await published(id);
    expect((await statusOf(id)).status).toBe('published');
  });
});
