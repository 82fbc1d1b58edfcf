import { Clock } from '@homeward/contracts';
import { StaffTokens } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TEST_STAFF_TOKEN_SECRET, TestEnvironment } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { CreateOfficer, CreateOfficerCommand } from '../create-officer';
import type { OfficerRole } from '../officer.entity';

const PASSWORD = 'a long enough password';
const REFUSED = { statusCode: 401, error: 'Unauthorized', message: 'the username or password is not right' };

describe('compliance-tracker: staff sign in with a username and password (POST /v1/staff/sessions)', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2026-06-01T09:00:00.000Z');

  beforeAll(async () => {
    env = await createTestEnvironment({ STAFF_TOKEN_TTL_SECONDS: '3600' });
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const officer = async (role: OfficerRole = 'CMO', extra: { password?: string; displayName?: string } = { password: PASSWORD }) => {
    const username = `${role.toLowerCase().replace('_', '-')}-${randomUUID().slice(0, 8)}`;
    return svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username, role, key: 'none', ...extra }));
  };
  const signIn = async (body: unknown) => {
    const res = await fetch(`${svc.url}/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('given the right password, answers a staff token for the officer with their role and name, which the queue accepts', async () => {
    const { username } = await officer('MANAGER', { password: PASSWORD, displayName: 'Jordan Lee' });
    const res = await signIn({ username, password: PASSWORD });
    expect(res).toEqual({ status: 200, body: { token: expect.any(String), expiresAt: '2026-06-01T10:00:00.000Z', officer: { username, role: 'MANAGER', displayName: 'Jordan Lee' } } });
    const token = res.body.token as string;
    expect(new StaffTokens(TEST_STAFF_TOKEN_SECRET).verify(token, clock.now())).toEqual({ staffId: username, role: 'MANAGER' });
    expect((await fetch(`${svc.url}/v1/tasks`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('matches the username whatever its case and surrounding spaces, as people type it', async () => {
    const { username } = await officer();
    expect((await signIn({ username: `  ${username.toUpperCase()} `, password: PASSWORD })).status).toBe(200);
  });

  it('gives one and the same 401 for a wrong password, an unknown username, a disabled officer and an officer without a password', async () => {
    const wrong = await officer();
    const disabled = await officer();
    await svc.app.get(DataSource).query(`UPDATE officers SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    const keyOnly = await officer('READ_ONLY', {});
    const attempts = {
      wrongPassword: { username: wrong.username, password: `${PASSWORD}!` },
      unknownUsername: { username: 'nobody-by-this-name', password: PASSWORD },
      disabled: { username: disabled.username, password: PASSWORD },
      noPassword: { username: keyOnly.username, password: PASSWORD },
    };
    for (const [kind, body] of Object.entries(attempts)) expect({ kind, ...(await signIn(body)) }).toEqual({ kind, status: 401, body: REFUSED });
  });

  it.each([
    [{ password: PASSWORD }, 'username'],
    [{ username: '', password: PASSWORD }, 'username'],
    [{ username: 'cmo' }, 'password'],
    [{ username: 'cmo', password: '' }, 'password'],
    [{ username: 'cmo', password: 42 }, 'password'],
  ])('given %j, answers 400 naming %s', async (body, field) => {
    const res = await signIn(body);
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers 400 for a field it does not know, naming it', async () => {
    const res = await signIn({ username: 'cmo', password: PASSWORD, role: 'MANAGER' });
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([expect.objectContaining({ field: 'role' })]);
  });

  it('after five wrong passwords in a row, refuses even the right one (the same 401) for 30 seconds, then lets it in and starts counting again', async () => {
    const { username } = await officer();
    for (let i = 0; i < 5; i++) expect((await signIn({ username, password: 'guess-number-' + i })).status).toBe(401);
    expect(await signIn({ username, password: PASSWORD })).toEqual({ status: 401, body: REFUSED });
    clock.advance(29_000);
    expect((await signIn({ username, password: PASSWORD })).status).toBe(401);
    clock.advance(1_000);
    expect((await signIn({ username, password: PASSWORD })).status).toBe(200);
    // The good password cleared the run: one more mistake does not pause sign-in again.
    expect((await signIn({ username, password: 'one more slip' })).status).toBe(401);
    expect((await signIn({ username, password: PASSWORD })).status).toBe(200);
  });

  it('keeps the password only as a salted scrypt hash', async () => {
    const { id } = await officer();
    const [row] = (await svc.app.get(DataSource).query(`SELECT password_hash FROM officers WHERE id = $1`, [id])) as { password_hash: string }[];
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('answers 404 for identity-provider sign-in when no OIDC_ISSUER_URL is set, and 400 without an idToken', async () => {
    const post = (body: unknown) => fetch(`${svc.url}/v1/staff/oidc-sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ idToken: 'eyJ.e30.x' })).status).toBe(404);
    const missing = await post({});
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { problems: unknown }).problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'idToken' })]));
  });

  it('documents sign-in, refresh and the directory in its OpenAPI', async () => {
    const doc = (await (await fetch(`${svc.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.paths['/v1/staff/sessions'].post.responses).sort()).toEqual(['200', '400', '401', '429']);
    expect(Object.keys(doc.paths['/v1/staff/oidc-sessions'].post.responses).sort()).toEqual(['200', '400', '401', '403', '404', '429', '503']);
    expect(Object.keys(doc.paths['/v1/staff/token'].post.responses).sort()).toEqual(['200', '401', '429']);
    expect(Object.keys(doc.paths['/v1/officers'].get.responses).sort()).toEqual(['200', '401', '429']);
    expect(Object.keys(doc.components.schemas.StaffTokenOfficerView.properties)).toEqual(['username', 'role', 'displayName']);
    expect(Object.keys(doc.components.schemas.OfficerView.properties)).toEqual(['username', 'displayName', 'role', 'disabled', 'onLeaveNow']);
  });
});
