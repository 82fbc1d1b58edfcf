/** Test-only: the staff-web route and browser specs share it (imported by *.int.spec.ts only). */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import { ApiStub, createTestEnvironment, RunningStaffWeb, startApiStub, startStaffWeb, StubRoutes, TestEnvironment } from '@homeward/testing';
import request from 'supertest';

/** The development staff the tests sign in as (the same people `npm start` seeds). */
export const STAFF = {
  cmo: { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO' },
  manager: { username: 'manager', displayName: 'Jordan Lee', role: 'MANAGER' },
  reader: { username: 'reader', displayName: 'Sam Taylor', role: 'READ_ONLY' },
  admin: { username: 'admin', displayName: 'Pat Quinn', role: 'PROTOCOL_ADMIN' },
} as const;
export const PASSWORD = 'homeward-dev-password';

export function tokenView(officer: (typeof STAFF)[keyof typeof STAFF], options: { expiresInMs?: number; token?: string } = {}) {
  return {
    token: options.token ?? `token-for-${officer.username}`,
    expiresAt: new Date(Date.now() + (options.expiresInMs ?? 3_600_000)).toISOString(),
    officer,
  };
}

/** compliance-tracker's staff directory as the contracts describe it: the dev staff, one password. */
export function directoryRoutes(): StubRoutes {
  return {
    'POST /v1/staff/sessions': (req) => {
      const { username, password } = (req.body ?? {}) as { username?: string; password?: string };
      const officer = Object.values(STAFF).find((s) => s.username === username);
      return officer && password === PASSWORD ? { body: tokenView(officer) } : { status: 401, body: { message: 'the username or password is not right' } };
    },
    'POST /v1/staff/token': (req) => {
      const officer = Object.values(STAFF).find((s) => req.headers.authorization === `Bearer token-for-${s.username}`);
      return officer ? { body: tokenView(officer) } : { status: 401, body: { message: 'not signed in' } };
    },
  };
}

export interface StaffWebKit {
  web: RunningStaffWeb;
  directory: ApiStub;
  protocolEngine: ApiStub;
  alerting: ApiStub;
  ingestApi: ApiStub;
  educationReferrals: ApiStub;
  env: TestEnvironment;
  stop(): Promise<void>;
}

/** The built staff-web against stubbed services and the run's real Redis. */
/** `options.env`: staff-web's extra settings (SESSION_TIMEOUT_SECONDS, OIDC_*). */
export async function startStaffWebKit(
  routes: { directory?: StubRoutes; protocolEngine?: StubRoutes; alerting?: StubRoutes; ingestApi?: StubRoutes; educationReferrals?: StubRoutes } = {},
  options: { env?: Record<string, string> } = {},
): Promise<StaffWebKit> {
  const env = await createTestEnvironment();
  const directory = await startApiStub({ ...directoryRoutes(), ...routes.directory });
  const protocolEngine = await startApiStub(routes.protocolEngine);
  const alerting = await startApiStub(routes.alerting);
  const ingestApi = await startApiStub(routes.ingestApi);
  const educationReferrals = await startApiStub(routes.educationReferrals);
  const web = await startStaffWeb({
    redisUrl: env.redisUrl,
    apiUrls: { complianceTracker: directory.url, protocolEngine: protocolEngine.url, alerting: alerting.url, ingestApi: ingestApi.url, educationReferrals: educationReferrals.url },
    env: options.env,
  });
  return {
    web,
    directory,
    protocolEngine,
    alerting,
    ingestApi,
    educationReferrals,
    env,
    async stop() {
      await web.stop();
      await Promise.all([directory.stop(), protocolEngine.stop(), alerting.stop(), ingestApi.stop(), educationReferrals.stop()]);
      await env.dispose();
    },
  };
}

/** The CSRF token of the form on a page's HTML. */
export function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no _csrf field on the page');
  return token;
}

/** A browser-like agent (keeps its cookie) signed in as `who`; returns it with a fresh CSRF token. */
export async function signedInAgent(url: string, who: keyof typeof STAFF = 'cmo'): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(url);
  const page = await agent.get('/sign-in').expect(200);
  await agent.post('/sign-in').type('form').send({ _csrf: csrfTokenIn(page.text), username: STAFF[who].username, password: PASSWORD }).expect(303);
  // The session id changed at sign-in, and its token with it: read the new one from any page.
  const after = await agent.get('/tasks');
  return { agent, csrf: csrfTokenIn(after.text) };
}
