import { Topics } from '@homeward/contracts';
import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { call, IngestRows, isReady, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { CreateApiKey } from '../../api-keys/create-api-key';
import { AppModule } from '../../app.module';
import { ingestService } from '../../ingest-service';

jest.setTimeout(60_000);

interface Status {
  status: string;
  publishedAt: string | null;
}

describe('ingest-api: a notification becomes "published" when its event is on the protocol topic', () => {
  let env: TestEnvironment;
  let ingest: RunningService;
  let rows: IngestRows;
  let key: string;

  beforeAll(async () => {
    // The relay stays off: this suite puts each notification's event on the topic itself.
    env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', RATE_LIMIT_PER_FORCE: '100000', OUTBOX_RELAY_ENABLED: 'false' });
    ingest = await startServiceInProcess(AppModule, env, { configure: ingestService.configure });
    rows = await IngestRows.open(env.databaseUrl);
    key = (await ingest.app.get(CreateApiKey).execute({ force: 'NOTTS', label: 'test' })).key;
    await waitFor(() => isReady(ingest.url), { timeoutMs: 30_000, description: 'ingest-api ready' });
  });

  afterAll(async () => {
    await rows?.close();
    await ingest?.close();
    await env?.dispose();
  });

  const accept = async () => String((await postNotification(ingest.url, key, validNotification())).body.id);
  const statusOf = async (id: string) => (await call<Status>(`${ingest.url}/v1/notifications/${id}`, { key })).body;
  const eventOf = (ingestId: string) => testEnvelope('police.notification-received', { ingestId }, 'ingest-api');
  const published = (id: string) => waitFor(async () => (await statusOf(id)).publishedAt ?? undefined, { timeoutMs: 30_000, description: `${id} published` });

  it('given its event delivered twice, shows published from the first copy on', async () => {
    const id = await accept();
    expect(await statusOf(id)).toMatchObject({ status: 'accepted', publishedAt: null });
    const event = eventOf(id);
    await env.publish(Topics.notificationReceived, event, id);
    const first = await published(id);
    await env.publish(Topics.notificationReceived, event, id);
    // A later event on the same key proves the second copy was consumed before we look.
    const marker = await accept();
    await env.publish(Topics.notificationReceived, eventOf(marker), id);
    await published(marker);

    expect(await statusOf(id)).toMatchObject({ status: 'published', publishedAt: first });
  });

  it("given the consumer's update is killed mid-work, the redelivery marks it published", async () => {
    const id = await accept();
    await rows.killUpdateMidWork(id, 'published_at', () => env.publish(Topics.notificationReceived, eventOf(id), id));
    await published(id);
    expect((await statusOf(id)).status).toBe('published');
  });
});
