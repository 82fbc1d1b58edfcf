import { Clock, Topics } from '@homeward/contracts';
import { loadConfig, STAFF_TOKEN_AUDIENCE, STAFF_TOKEN_ISSUER } from '@homeward/platform';
import {
  createTestEnvironment,
  FakeClock,
  RunningService,
  staffToken,
  startServiceInProcess,
  TEST_STAFF_TOKEN_SECRET,
  TestEnvironment,
  testEnvelope,
  waitFor,
} from '@homeward/testing';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { AlertingConfig } from '../alerting.config';
import { AlertView } from '../alerts/alert-view';
import { AppModule } from '../app.module';
import { alertingClient } from '../../test-support/alerting-client';
import { highRiskDecision } from '../../test-support/fixtures';

jest.setTimeout(60_000);

const UNAUTHORIZED = { statusCode: 401, error: 'Unauthorized', message: expect.any(String) };
const token = {
  manager: staffToken({ staffId: 'mo.manager', role: 'MANAGER' }),
  cmo: staffToken({ staffId: 'jo.bloggs', role: 'CMO' }),
  reader: staffToken({ staffId: 'ray.reader', role: 'READ_ONLY' }),
};
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('alerting: staff authenticate with a token from the staff directory', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  // The service's clock, which decides when a token has expired.
  const clock = new FakeClock(new Date());

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${alerting.url}${path}`, { headers });
  const as = (t: string) => alertingClient(alerting.url, t);

  /** The CMO's alert for a fresh high-risk decision, as a reader sees it in the feed. */
  async function cmoAlert(policeReference: string): Promise<AlertView | undefined> {
    const [alert] = await as(token.reader).feed({ policeReference, recipient: 'CHILDREN_MISSING_OFFICER' });
    return alert;
  }

  it('refuses to start without a STAFF_TOKEN_SECRET of at least 32 characters, naming the variable', () => {
    expect(() => loadConfig(AlertingConfig, { ...env.env, STAFF_TOKEN_SECRET: undefined })).toThrow(/STAFF_TOKEN_SECRET/);
    expect(() => loadConfig(AlertingConfig, { ...env.env, STAFF_TOKEN_SECRET: 'too-short' })).toThrow(/STAFF_TOKEN_SECRET must be longer than or equal to 32/);
  });

  it('given no token, every /v1 endpoint the OpenAPI lists answers 401 in the problem shape; health, metrics and docs stay open', async () => {
    const { paths } = (await (await get('/docs/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const endpoints = Object.entries(paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, randomUUID()) })));
    expect(endpoints.length).toBeGreaterThanOrEqual(6);
    for (const { method, path } of endpoints) {
      const res = await fetch(`${alerting.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect({ method, path, status: res.status, body: await res.json() }).toEqual({ method, path, status: 401, body: UNAUTHORIZED });
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
    for (const open of ['/health/live', '/health/ready', '/metrics', '/docs/openapi.json']) {
      const res = await get(open);
      await res.arrayBuffer();
      // Readiness may still be 503 while the consumers join: what matters is that nobody is asked who they are.
      expect({ open, status: res.status }).toEqual({ open, status: open === '/health/ready' ? expect.any(Number) : 200 });
      expect(res.status).not.toBe(401);
    }
  });

  it('given a token that is not a JWT, an officer key, or one signed with another secret, for another audience or issuer, or already expired, answers 401', async () => {
    const jwt = new JwtService();
    const forged = (secret: string, audience: string, issuer = STAFF_TOKEN_ISSUER) =>
      jwt.sign({ role: 'MANAGER' }, { secret, audience, issuer, subject: 'mallory', expiresIn: 600 });
    const refused = {
      garbage: 'not-a-token',
      officerKey: 'hwo_dev_cmo_local_only',
      otherSecret: forged('another-secret-that-is-long-enough-0123', STAFF_TOKEN_AUDIENCE),
      otherAudience: forged(TEST_STAFF_TOKEN_SECRET, 'homeward-police'),
      otherIssuer: forged(TEST_STAFF_TOKEN_SECRET, STAFF_TOKEN_AUDIENCE, 'someone-else'),
      expired: staffToken({ staffId: 'jo.bloggs', role: 'CMO' }, undefined, { now: new Date(clock.now().getTime() - 2 * 3600_000) }),
    };
    for (const [kind, t] of Object.entries(refused)) {
      const res = await get('/v1/alerts', bearer(t));
      expect({ kind, status: res.status, body: await res.json() }).toEqual({ kind, status: 401, body: UNAUTHORIZED });
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    const expired = await get('/v1/alerts', bearer(refused.expired));
    expect(((await expired.json()) as { message: string }).message).toContain('expired');
    expect((await get('/v1/alerts', { authorization: `Basic ${Buffer.from(`x:${token.manager}`).toString('base64')}` })).status).toBe(401);
  });

  it('given a live stream opened with a token, ends it when the token expires (a disabled officer keeps no open stream)', async () => {
    const shortLived = staffToken({ staffId: 'jo.bloggs', role: 'CMO' }, undefined, { now: clock.now(), ttlSeconds: 2 });
    const opened = Date.now();
    const res = await fetch(`${alerting.url}/v1/alerts/stream?access_token=${shortLived}`, { signal: AbortSignal.timeout(20_000) });
    expect(res.status).toBe(200);
    // The body ends when alerting closes the stream; before the fix it stayed open until the timeout aborted it.
    await res.text();
    expect(Date.now() - opened).toBeLessThan(10_000);
    // A reconnect with the same token, once the service's clock has passed its expiry too, is refused.
    clock.advance(2_000);
    expect((await fetch(`${alerting.url}/v1/alerts/stream?access_token=${shortLived}`)).status).toBe(401);
  });

  it('given a valid token, accepts it until the service clock passes its expiry', async () => {
    const shortLived = staffToken({ staffId: 'jo.bloggs', role: 'CMO' }, undefined, { now: clock.now(), ttlSeconds: 300 });
    expect((await get('/v1/alerts', bearer(shortLived))).status).toBe(200);
    clock.advance(299_000);
    expect((await get('/v1/alerts', bearer(shortLived))).status).toBe(200);
    clock.advance(1_000);
    const res = await get('/v1/alerts', bearer(shortLived));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toContain('expired');
  });

  it('given a READ_ONLY token, reads the feed but may not acknowledge (403, nothing recorded); a CMO acknowledges as the staff id the token names', async () => {
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const { id: alertId } = await waitFor(() => cmoAlert(decision.policeReference), { description: 'the high-risk alert', timeoutMs: 30_000 });
    const refused = await as(token.reader).acknowledge(alertId);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ statusCode: 403, error: 'Forbidden', message: 'role READ_ONLY may not do this; needs CMO or MANAGER' });
    expect(await cmoAlert(decision.policeReference)).toMatchObject({ acknowledgedAt: null, acknowledgedBy: null });

    // A header naming someone else is no longer listened to: the token says who acknowledged.
    const res = await fetch(`${alerting.url}/v1/alerts/${alertId}/acknowledge`, { method: 'POST', headers: { ...bearer(token.cmo), 'x-staff-id': 'someone.else' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: alertId, acknowledgedBy: 'jo.bloggs' });
  });

  it('given a CMO token, lists subscriptions but may not create or delete one (403, nothing changed); READ_ONLY may not list them', async () => {
    const manager = as(token.manager);
    const { id } = await manager.subscribe({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'duty.manager' }, channels: [{ type: 'FEED' }] });
    const subscriptions = async (t: string) => get('/v1/subscriptions', bearer(t));
    const before = (await (await subscriptions(token.cmo)).json()) as { id: string }[];
    expect(before.map((s) => s.id)).toContain(id);

    const created = await fetch(`${alerting.url}/v1/subscriptions`, {
      method: 'POST',
      headers: { ...bearer(token.cmo), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'jo.bloggs' }, channels: [{ type: 'WEBHOOK', url: 'https://attacker.example/hook', secret: 'a-long-shared-secret-value' }] }),
    });
    expect(created.status).toBe(403);
    expect(((await created.json()) as { message: string }).message).toBe('role CMO may not do this; needs MANAGER');
    expect((await fetch(`${alerting.url}/v1/subscriptions/${id}`, { method: 'DELETE', headers: bearer(token.cmo) })).status).toBe(403);
    expect(((await (await subscriptions(token.manager)).json()) as unknown[]).length).toBe(before.length);

    const readOnly = await subscriptions(token.reader);
    expect(readOnly.status).toBe(403);
    await readOnly.arrayBuffer();
  });

  it('given the token as ?access_token=, opens the event stream (as EventSource must) but not the feed; a bad one there is refused', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${alerting.url}/v1/alerts/stream?access_token=${token.reader}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    controller.abort();

    const feed = await get(`/v1/alerts?access_token=${token.reader}`);
    expect({ status: feed.status, body: await feed.json() }).toEqual({ status: 401, body: UNAUTHORIZED });
    const forged = await get(`/v1/alerts/stream?access_token=${token.reader.slice(0, -2)}xx`);
    expect({ status: forged.status, body: await forged.json() }).toEqual({ status: 401, body: UNAUTHORIZED });
  });
});
