import { createTestEnvironment, jsonLines, runBuiltCli, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { AppModule } from '../app.module';

/** The built officers CLI (needs `npm run build`) beside the service, sharing its database. */
describe('compliance-tracker: the officers CLI', () => {
  // Each command boots the staff directory's context (database, Redis) and shuts it down again.
  jest.setTimeout(180_000);
  let env: TestEnvironment;
  let svc: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const cli = (args: string[], stdin = '', extraEnv: Record<string, string> = {}) => runBuiltCli('compliance-tracker', 'officers', args, { ...env.env, ...extraEnv }, stdin);
  const lines = jsonLines;
  const signIn = (username: string, password: string) =>
    fetch(`${svc.url}/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('creates an officer with a name and a password from stdin (and a key, shown once); they sign in with it', async () => {
    const created = await cli(['create', '--username', 'jo.bloggs', '--role', 'CMO', '--display-name', 'Jo Bloggs', '--password-stdin'], 'first password here\n');
    expect(created.code).toBe(0);
    expect(lines(created.stdout)).toEqual([{ id: expect.any(String), username: 'jo.bloggs', role: 'CMO', displayName: 'Jo Bloggs', key: expect.stringMatching(/^hwo_/) }]);
    expect(created.stdout).not.toContain('first password here');
    const res = await signIn('jo.bloggs', 'first password here');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ officer: { username: 'jo.bloggs', role: 'CMO', displayName: 'Jo Bloggs' } });
  });

  it('sets a new password from stdin: the new one signs in, the old one no longer does', async () => {
    await cli(['create', '--username', 'sam.taylor', '--role', 'READ_ONLY', '--password-stdin'], 'the old password');
    const set = await cli(['set-password', '--username', 'sam.taylor'], 'the new password\n');
    expect({ code: set.code, out: lines(set.stdout) }).toEqual({ code: 0, out: [{ username: 'sam.taylor', passwordSet: true }] });
    expect((await signIn('sam.taylor', 'the old password')).status).toBe(401);
    expect((await signIn('sam.taylor', 'the new password')).status).toBe(200);
  });

  it('disables an officer: their password and key stop working, and the list shows them disabled', async () => {
    const { stdout } = await cli(['create', '--username', 'leaver', '--role', 'MANAGER', '--display-name', 'Lee Vers', '--password-stdin'], 'leaver password');
    const key = lines(stdout)[0].key as string;
    const issued = (await (await fetch(`${svc.url}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })).json()) as { token: string };
    const disabled = await cli(['disable', '--username', 'leaver']);
    expect({ code: disabled.code, out: lines(disabled.stdout) }).toEqual({ code: 0, out: [{ username: 'leaver', disabledAt: expect.any(String) }] });
    expect((await signIn('leaver', 'leaver password')).status).toBe(401);
    expect((await fetch(`${svc.url}/v1/tasks`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    // A token issued before is refused here at once (and by the other services when it expires, STAFF_TOKEN_TTL_SECONDS).
    expect((await fetch(`${svc.url}/v1/tasks`, { headers: { authorization: `Bearer ${issued.token}` } })).status).toBe(401);
    expect((await fetch(`${svc.url}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${issued.token}` } })).status).toBe(401);

    const listed = await cli(['list']);
    expect(listed.code).toBe(0);
    expect(lines(listed.stdout)).toContainEqual({ username: 'leaver', displayName: 'Lee Vers', role: 'MANAGER', disabled: true, onLeaveNow: false });
  });

  it('boots the staff directory alone: even told to seed the development staff, as npm start tells the service, it seeds nobody', async () => {
    const listed = await cli(['list'], '', { NODE_ENV: 'development', SEED_DEVELOPMENT_STAFF: 'true' });
    expect(listed.code).toBe(0);
    expect(lines(listed.stdout).map((o) => o.username)).not.toContain('cmo');
  });

  it.each([
    [['create', '--username', 'short.pw', '--role', 'CMO', '--password-stdin'], 'too short', /password must be at least 12 characters/],
    [['create', '--username', 'x', '--role', 'CMO'], '', /username must be 2-64/],
    [['create', '--username', 'no.role', '--role', 'ADMIN'], '', /role must be one of CMO, MANAGER, READ_ONLY, PROTOCOL_ADMIN/],
    [['set-password', '--username', 'nobody.here'], 'a perfectly good password', /no officer nobody.here/],
    [['disable', '--username', 'nobody.here'], '', /no officer nobody.here/],
    [['rename'], '', /usage:/],
  ])('given %j, exits 1 saying why and changes nothing', async (args, stdin, message) => {
    const res = await cli(args, stdin);
    expect({ code: res.code, stdout: res.stdout }).toEqual({ code: 1, stdout: '' });
    expect(res.stderr).toMatch(message);
  });
});
