import { Clock } from '@homeward/contracts';
import { loadConfig } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, staffToken, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { AlertingConfig } from '../../alerting.config';
import { AppModule } from '../../app.module';
import { openAlertStream } from '../../../test-support/event-stream';

jest.setTimeout(60_000);

const CAP = 2;

describe('alerting: live alert streams open at once are capped per officer (ALERT_STREAMS_PER_OFFICER), counted in Redis', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  // The service's clock: it decides when a stream's token, and so its slot, has expired.
  const clock = new FakeClock(new Date());
  const open: { close: () => void }[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env, { env: { ALERT_STREAMS_PER_OFFICER: String(CAP) }, overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterEach(() => open.splice(0).forEach((s) => s.close()));

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const tokenFor = (officer: string, ttlSeconds = 3600) => staffToken({ staffId: officer, role: 'CMO' }, undefined, { now: clock.now(), ttlSeconds });
  const url = (token: string) => `${alerting.url}/v1/alerts/stream?access_token=${token}`;
  async function stream(token: string): Promise<{ status: number; close: () => void }> {
    const s = openAlertStream(url(token));
    open.push(s);
    return { status: await s.opened, close: s.close };
  }
  async function refused(token: string) {
    const res = await fetch(url(token));
    return { status: res.status, body: (await res.json()) as { message: string } };
  }

  it('refuses to start with a cap below 1, naming the variable; 5 unless set', () => {
    expect(() => loadConfig(AlertingConfig, { ...env.env, ALERT_STREAMS_PER_OFFICER: '0' })).toThrow(/ALERT_STREAMS_PER_OFFICER/);
    expect(loadConfig(AlertingConfig, { ...env.env, ALERT_STREAMS_PER_OFFICER: undefined }).streamsPerOfficer).toBe(5);
  });

  it('given an officer holding the cap, then one more is refused with 429 naming the cap, another officer is not held back, and closing one lets a new one in', async () => {
    const officer = `cmo.${randomUUID().slice(0, 8)}`;
    const token = tokenFor(officer);
    const first = await stream(token);
    expect([first.status, (await stream(token)).status]).toEqual([200, 200]);

    expect(await refused(token)).toEqual({
      status: 429,
      body: { statusCode: 429, error: 'Too Many Requests', message: `too many live alert streams open: at most ${CAP} at once for each officer (ALERT_STREAMS_PER_OFFICER); close one and try again` },
    });
    expect((await stream(tokenFor(`cmo.${randomUUID().slice(0, 8)}`))).status).toBe(200);

    first.close();
    // The slot is given back once alerting sees the stream close.
    await waitFor(async () => (await stream(token)).status === 200, { timeoutMs: 10_000, description: 'a new stream let in' });
    expect((await refused(token)).status).toBe(429);
  });

  it('given streams whose tokens have expired without closing (an instance gone), then they do not count', async () => {
    const officer = `cmo.${randomUUID().slice(0, 8)}`;
    const short = tokenFor(officer, 60);
    expect([(await stream(short)).status, (await stream(short)).status]).toEqual([200, 200]);
    expect((await refused(short)).status).toBe(429);

    clock.advance(61_000);
    const fresh = tokenFor(officer);
    expect([(await stream(fresh)).status, (await stream(fresh)).status]).toEqual([200, 200]);
    expect((await refused(fresh)).status).toBe(429);
  });
});
