import { Clock } from '@homeward/contracts';
import { loadConfig, STAFF_TOKEN_AUDIENCE, STAFF_TOKEN_ISSUER, StaffTokens } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, staffToken, startServiceInProcess, TEST_STAFF_TOKEN_SECRET, TestEnvironment } from '@homeward/testing';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { CreateOfficer, CreateOfficerCommand } from '../create-officer';
import { newOfficer } from '../../../test-support/compliance-test-fixtures';

const NOW = '2026-06-01T09:00:00.000Z';
const REFUSED = { statusCode: 401, error: 'Unauthorized', message: 'a valid officer key or staff token is required: Authorization: Bearer <key or token>' };

describe('compliance-tracker: the staff directory issues staff tokens for a key or a current token, and takes tokens on every endpoint', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock(NOW);

  beforeAll(async () => {
    env = await createTestEnvironment({ STAFF_TOKEN_TTL_SECONDS: '900' });
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const exchange = (authorization?: string) => fetch(`${svc.url}/v1/staff/token`, { method: 'POST', headers: authorization ? { authorization } : {} });
  const tokenFor = async (authorization: string) => ((await (await exchange(authorization)).json()) as { token: string }).token;
  const disable = (id: string) => svc.app.get(DataSource).query(`UPDATE officers SET disabled_at = now() WHERE id = $1`, [id]);

  it.each(['CMO', 'MANAGER', 'READ_ONLY', 'PROTOCOL_ADMIN'] as const)('given a valid %s key, answers a token naming the officer and role, good for STAFF_TOKEN_TTL_SECONDS', async (role) => {
    const officer = await newOfficer(svc.app, role);
    const res = await exchange(officer.auth);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; expiresAt: string; officer: unknown };
    expect(body).toEqual({ token: expect.any(String), expiresAt: '2026-06-01T09:15:00.000Z', officer: { username: officer.username, role, displayName: officer.username } });

    const tokens = new StaffTokens(TEST_STAFF_TOKEN_SECRET);
    expect(tokens.verify(body.token, clock.now())).toEqual({ staffId: officer.username, role });
    expect(new JwtService().decode(body.token)).toMatchObject({ sub: officer.username, role, iss: STAFF_TOKEN_ISSUER, aud: STAFF_TOKEN_AUDIENCE });
    expect(() => tokens.verify(body.token, new Date('2026-06-01T09:15:00.000Z'))).toThrow('expired');
  });

  it('given a current staff token, answers a fresh one (the refresh staff-web uses) with the officer\'s name', async () => {
    const { username } = await svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username: 'refresh-me', role: 'CMO', displayName: 'Alex Morgan', key: 'none' }));
    const first = staffToken({ staffId: username, role: 'CMO' }, TEST_STAFF_TOKEN_SECRET, { now: new Date('2026-06-01T08:50:00.000Z'), ttlSeconds: 900 });
    const res = await exchange(`Bearer ${first}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ token: expect.any(String), expiresAt: '2026-06-01T09:15:00.000Z', officer: { username, role: 'CMO', displayName: 'Alex Morgan' } });
  });

  it("gives the officer's current role, not the one an older token was signed with", async () => {
    const officer = await newOfficer(svc.app, 'CMO');
    const token = await tokenFor(officer.auth);
    await svc.app.get(DataSource).query(`UPDATE officers SET role = 'READ_ONLY' WHERE id = $1`, [officer.id]);
    expect(((await (await exchange(`Bearer ${token}`)).json()) as { officer: { role: string } }).officer.role).toBe('READ_ONLY');
    const claim = await fetch(`${svc.url}/v1/tasks/00000000-0000-4000-8000-000000000000/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(claim.status).toBe(403);
  });

  it('accepts a staff token wherever an officer key is accepted: the queue answers it', async () => {
    const officer = await newOfficer(svc.app, 'READ_ONLY');
    const res = await fetch(`${svc.url}/v1/tasks`, { headers: { authorization: `Bearer ${await tokenFor(officer.auth)}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ items: expect.any(Array) });
  });

  it("refuses a disabled officer's token at once, though it has not expired: no queue and no fresh token", async () => {
    const officer = await newOfficer(svc.app, 'CMO');
    const token = await tokenFor(officer.auth);
    await disable(officer.id);
    const queue = await fetch(`${svc.url}/v1/tasks`, { headers: { authorization: `Bearer ${token}` } });
    expect({ status: queue.status, body: await queue.json() }).toEqual({ status: 401, body: REFUSED });
    expect((await exchange(`Bearer ${token}`)).status).toBe(401);
  });

  it('given no key, an unknown, revoked or replaced key, or a token that is expired, forged, for nobody here or not a token, answers 401 and no token', async () => {
    const revoked = await newOfficer(svc.app, 'CMO');
    await disable(revoked.id);
    const replaced = await newOfficer(svc.app, 'MANAGER');
    // Issuing the same username a new key is how a lost key is replaced: the old one stops working.
    await svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username: replaced.username, role: 'MANAGER' }));
    const live = await newOfficer(svc.app, 'CMO');
    const refused = {
      none: undefined,
      unknown: 'Bearer hwo_nobody_has_this_key_0123456789',
      revoked: revoked.auth,
      replaced: replaced.auth,
      notAKey: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x',
      expired: `Bearer ${staffToken({ staffId: live.username, role: 'CMO' }, TEST_STAFF_TOKEN_SECRET, { now: new Date('2026-06-01T07:00:00.000Z'), ttlSeconds: 3600 })}`,
      forged: `Bearer ${staffToken({ staffId: live.username, role: 'CMO' }, 'another-secret-of-at-least-32-characters', { now: clock.now() })}`,
      nobodyHere: `Bearer ${staffToken({ staffId: 'not-in-the-directory', role: 'MANAGER' }, TEST_STAFF_TOKEN_SECRET, { now: clock.now() })}`,
    };
    for (const [kind, authorization] of Object.entries(refused)) {
      const res = await exchange(authorization);
      expect({ kind, status: res.status, body: await res.json() }).toEqual({ kind, status: 401, body: REFUSED });
    }
  });

  it('refuses to start without a STAFF_TOKEN_SECRET of at least 32 characters, naming the variable', () => {
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, STAFF_TOKEN_SECRET: undefined })).toThrow(/STAFF_TOKEN_SECRET/);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, STAFF_TOKEN_SECRET: 'x'.repeat(31) })).toThrow(/STAFF_TOKEN_SECRET must be longer than or equal to 32/);
  });

  it('refuses to start with identity-provider sign-in half set up, naming the variable', () => {
    const oidc = { OIDC_ISSUER_URL: 'https://login.council.example', OIDC_CLIENT_ID: 'homeward', OIDC_ROLE_MAP: 'homeward-cmo=CMO' };
    expect(loadConfig(ComplianceTrackerConfig, { ...env.env, ...oidc }).oidcRoleMap).toEqual(['homeward-cmo=CMO']);
    expect(loadConfig(ComplianceTrackerConfig, { ...env.env, OIDC_ISSUER_URL: '' }).oidcIssuerUrl).toBeUndefined();
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, ...oidc, OIDC_CLIENT_ID: undefined })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, ...oidc, OIDC_ROLE_MAP: undefined })).toThrow(/OIDC_ROLE_MAP must map at least one group/);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, ...oidc, OIDC_ROLE_MAP: 'homeward-cmo=ADMIN' })).toThrow(/OIDC_ROLE_MAP entries must be group=ROLE/);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, ...oidc, OIDC_ISSUER_URL: 'not a url' })).toThrow(/OIDC_ISSUER_URL/);
  });
});
