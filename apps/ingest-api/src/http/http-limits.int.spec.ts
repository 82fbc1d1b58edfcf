import { Clock } from '@homeward/contracts';
import { request } from 'node:http';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { Answer, call, fieldsOf, IngestRows, isReady, postNotification, validNotification } from '../../test-support/ingest-kit';
import { CreateApiKey } from '../api-keys/create-api-key';
import { AppModule } from '../app.module';
import { ingestService } from '../ingest-service';

jest.setTimeout(60_000);

describe('ingest-api: size, media type and rate limits', () => {
  const clock = new FakeClock('2026-06-02T12:00:30Z');
  let env: TestEnvironment;
  let replicas: RunningService[] = [];
  let rows: IngestRows;

  beforeAll(async () => {
    env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', MAX_BODY_BYTES: '4096', RATE_LIMIT_PER_FORCE: '3', RATE_LIMIT_WINDOW_MS: '60000' });
    const boot = () => startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: ingestService.configure });
    // Two replicas on one database and one Redis, as production runs them.
    replicas = [await boot(), await boot()];
    rows = await IngestRows.open(env.databaseUrl);
    await waitFor(async () => (await Promise.all(replicas.map((r) => isReady(r.url)))).every(Boolean), { timeoutMs: 30_000, description: 'replicas ready' });
  });

  afterAll(async () => {
    await rows?.close();
    await Promise.all(replicas.map((r) => r.close()));
    await env?.dispose();
  });

  const newKey = async (force: string) => (await replicas[0].app.get(CreateApiKey).execute({ force, label: 'test' })).key;

  async function refused(request: () => Promise<Answer>) {
    const before = await rows.counts();
    const answer = await request();
    expect(await rows.counts()).toEqual(before);
    return answer;
  }

  it('given a body over the configured size, answers 413 in the error shape and stores nothing', async () => {
    const key = await newKey('SIZE-A');
    const answer = await refused(() => postNotification(replicas[0].url, key, validNotification({ location: { description: 'x'.repeat(5000) } })));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(fieldsOf(answer)).toEqual(['body']);
  });

  /** Streams up to 64 MiB, a chunk at a time as the socket takes it, and notes how much had gone when the answer came. */
  function upload(url: string, headers: Record<string, string>, total: number) {
    return new Promise<{ status: number; sentBeforeAnswer: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(url, { method: 'POST', headers });
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentBeforeAnswer: sent });
        req.destroy();
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, ' ');
      const pump = () => {
        if (req.destroyed) return;
        if (sent >= total) return void req.end();
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      req.once('socket', (socket) => socket.once('connect', pump));
    });
  }

  it('given a declared Content-Length over the limit, answers 413 before the body is sent', async () => {
    const key = await newKey('SIZE-B');
    const total = 64 * 1024 * 1024;
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': String(total) };
    const { status, sentBeforeAnswer } = await upload(`${replicas[0].url}/v1/notifications`, headers, total);
    expect(status).toBe(413);
    expect(sentBeforeAnswer).toBeLessThan(total / 4);
  });

  it('given a chunked body over the limit, answers 413 and stores nothing', async () => {
    const key = await newKey('SIZE-C');
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' };
    const before = await rows.counts();
    expect((await upload(`${replicas[0].url}/v1/notifications`, headers, 1024 * 1024)).status).toBe(413);
    expect(await rows.counts()).toEqual(before);
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'notificationId=1&type=FOUND'],
    ['application/xml', '<notification/>'],
  ])('given Content-Type %s, answers 415 and stores nothing', async (contentType, raw) => {
    const key = await newKey(`MEDIA-${contentType.length}`);
    const answer = await refused(() => call(`${replicas[0].url}/v1/notifications`, { key, raw, headers: { 'content-type': contentType } }));
    expect(answer.status).toBe(415);
    expect(fieldsOf(answer)).toEqual(['content-type']);
  });

  it('given a body declared JSON that is not JSON, answers 400 naming the body and stores nothing', async () => {
    const key = await newKey('BADJSON');
    const answer = await refused(() =>
      call(`${replicas[0].url}/v1/notifications`, { key, raw: '{"notificationId": "N-1", "child": {"givenName": "Jor', headers: { 'content-type': 'application/json' } }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.problems).toEqual([{ field: 'body', reason: 'body is not valid JSON' }]);
    expect(JSON.stringify(answer.body)).not.toContain('Jor');
  });

  it("given a force over its rate, answers 429 with Retry-After whichever replica it calls, and other forces are unaffected", async () => {
    const key = await newKey('RATE-A');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postNotification(replicas[i % 2].url, key, validNotification())).status);
    expect(statuses).toEqual([202, 202, 202]);

    const limited = await refused(() => postNotification(replicas[1].url, key, validNotification()));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });

    expect((await postNotification(replicas[0].url, await newKey('RATE-B'), validNotification())).status).toBe(202);
  });

  it('given the window has passed, the force may post again', async () => {
    const key = await newKey('RATE-C');
    for (let i = 0; i < 3; i++) await postNotification(replicas[0].url, key, validNotification());
    expect((await postNotification(replicas[0].url, key, validNotification())).status).toBe(429);
    clock.advance(60_000);
    expect((await postNotification(replicas[1].url, key, validNotification())).status).toBe(202);
  });
});
