import {
  createTestEnvironment,
  freePort,
  RunningOidcProvider,
  Services,
  signInAtOidcProvider,
  startOidcProvider,
  startServices,
  TestEnvironment,
} from '@homeward/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Sign-in through a real OpenID provider, against the built service in a child process (jose,
 * which verifies the ID token, is ESM-only: Jest cannot load it). Needs `npm run build`.
 */
describe('compliance-tracker: staff sign in through the council identity provider (POST /v1/staff/oidc-sessions)', () => {
  let env: TestEnvironment;
  let provider: RunningOidcProvider;
  let stranger: RunningOidcProvider;
  let stack: Services;
  let db: Client;

  const redirectUri = 'http://127.0.0.1:3004/sign-in/callback';
  const staffWeb = { clientId: 'homeward-staff-web', clientSecret: 'staff-web-test-secret', redirectUris: [redirectUri] };
  const otherApp = { clientId: 'another-council-app', clientSecret: 'other-app-secret', redirectUris: [redirectUri] };
  const accounts = [
    { username: 'alex', password: 'alex-password', claims: { preferred_username: 'alex.morgan', name: 'Alex Morgan', roles: ['all-staff', 'homeward-cmo'] } },
    { username: 'jordan', password: 'jordan-password', claims: { preferred_username: 'jordan.lee', name: 'Jordan Lee', roles: 'homeward-managers' } },
    { username: 'finn', password: 'finn-password', claims: { preferred_username: 'finn.ward', name: 'Finn Ward', roles: ['finance'] } },
  ];

  beforeAll(async () => {
    env = await createTestEnvironment({ LOG_LEVEL: 'info' });
    [provider, stranger] = await Promise.all([
      startOidcProvider({ clients: [staffWeb, otherApp], accounts }),
      // Another provider with the same client and the same people: its tokens are not the council's.
      startOidcProvider({ clients: [staffWeb], accounts }),
    ]);
    stack = await startServices(
      { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined },
      {
        logDir: mkdtempSync(join(tmpdir(), 'homeward-oidc-')),
        only: ['compliance-tracker'],
        ports: { 'compliance-tracker': await freePort() },
        env: {
          ...env.env,
          OIDC_ISSUER_URL: provider.issuer,
          OIDC_CLIENT_ID: staffWeb.clientId,
          OIDC_ROLE_MAP: 'homeward-cmo=CMO,homeward-managers=MANAGER,protocol-team=PROTOCOL_ADMIN',
        },
      },
    );
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
    await Promise.all([provider?.stop(), stranger?.stop()]);
    await env?.dispose();
  });

  const idTokenOf = (username: string, at = provider, client = staffWeb) =>
    signInAtOidcProvider({ issuer: at.issuer, ...client, redirectUri, username, password: `${username}-password` }).then((t) => t.idToken);
  const exchange = async (idToken: string) => {
    const res = await fetch(`${stack.url('compliance-tracker')}/v1/staff/oidc-sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ idToken }) });
    return { status: res.status, body: (await res.json()) as { token?: string; officer?: unknown; message?: string } };
  };
  const officerRow = async (username: string) =>
    (await db.query<{ role: string; display_name: string; key_hash: string | null; password_hash: string | null }>(`SELECT role, display_name, key_hash, password_hash FROM compliance.officers WHERE username = $1`, [username])).rows;

  it('given a CMO of the council signed in at its provider, creates the officer on first sign-in with the mapped role and answers a staff token the service accepts', async () => {
    expect(await officerRow('alex.morgan')).toEqual([]);
    const res = await exchange(await idTokenOf('alex'));
    expect(res).toEqual({ status: 200, body: { token: expect.any(String), expiresAt: expect.any(String), officer: { username: 'alex.morgan', role: 'CMO', displayName: 'Alex Morgan' } } });
    expect(await officerRow('alex.morgan')).toEqual([{ role: 'CMO', display_name: 'Alex Morgan', key_hash: null, password_hash: null }]);

    const listed = await fetch(`${stack.url('compliance-tracker')}/v1/officers`, { headers: { authorization: `Bearer ${res.body.token}` } });
    expect(await listed.json()).toContainEqual({ username: 'alex.morgan', displayName: 'Alex Morgan', role: 'CMO', disabled: false, onLeaveNow: false });
  });

  it("takes the role from the provider's groups at every sign-in, so a change there (or here) is put right at the next one", async () => {
    expect((await exchange(await idTokenOf('jordan'))).body.officer).toEqual({ username: 'jordan.lee', role: 'MANAGER', displayName: 'Jordan Lee' });
    await db.query(`UPDATE compliance.officers SET role = 'READ_ONLY', display_name = 'someone else' WHERE username = 'jordan.lee'`);
    expect((await exchange(await idTokenOf('jordan'))).body.officer).toEqual({ username: 'jordan.lee', role: 'MANAGER', displayName: 'Jordan Lee' });
    expect(await officerRow('jordan.lee')).toMatchObject([{ role: 'MANAGER', display_name: 'Jordan Lee' }]);
  });

  it('given a person none of whose groups maps to a Homeward role, answers 403 and creates no officer', async () => {
    const res = await exchange(await idTokenOf('finn'));
    expect(res).toEqual({ status: 403, body: expect.objectContaining({ statusCode: 403, message: 'none of your groups (the roles claim) gives a Homeward role' }) });
    expect(await officerRow('finn.ward')).toEqual([]);
  });

  it('refuses an ID token from another issuer, one issued to another client, and a tampered one: 401', async () => {
    const fromStranger = await exchange(await idTokenOf('alex', stranger));
    expect(fromStranger).toEqual({ status: 401, body: expect.objectContaining({ message: 'the ID token is not valid here' }) });
    expect((await exchange(await idTokenOf('alex', provider, otherApp))).status).toBe(401);

    const [header, payload, signature] = (await idTokenOf('alex')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, roles: ['homeward-managers'] })).toString('base64url');
    expect((await exchange([header, promoted, signature].join('.'))).status).toBe(401);
    expect((await exchange('not-a-jwt')).status).toBe(401);
  });

  it('given an officer disabled in the directory, refuses their sign-in (401) though the provider vouches for them', async () => {
    await exchange(await idTokenOf('alex'));
    await db.query(`UPDATE compliance.officers SET disabled_at = now() WHERE username = 'alex.morgan'`);
    const res = await exchange(await idTokenOf('alex'));
    expect(res).toEqual({ status: 401, body: expect.objectContaining({ message: 'this officer is disabled in the staff directory' }) });
    await db.query(`UPDATE compliance.officers SET disabled_at = NULL WHERE username = 'alex.morgan'`);
  });
});
