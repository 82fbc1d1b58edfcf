import {
  closeBrowser,
  createTestEnvironment,
  expectAccessible,
  freePort,
  launchBrowser,
  newStaffPage,
  RunningOidcProvider,
  screenshot,
  Services,
  startOidcProvider,
  startServices,
  TestEnvironment,
} from '@homeward/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const CLIENT = { clientId: 'homeward-staff-web', clientSecret: 'staff-web-test-secret' };
const ACCOUNTS = [
  { username: 'alex', password: 'alex-password', claims: { preferred_username: 'alex.morgan', name: 'Alex Morgan', roles: ['all-staff', 'homeward-cmo'] } },
  { username: 'finn', password: 'finn-password', claims: { preferred_username: 'finn.ward', name: 'Finn Ward', roles: ['all-staff', 'finance'] } },
];
const PAGE = '/children/search';

jest.setTimeout(120_000);

/**
 * The whole council sign-in as a person meets it: staff-web's sign-in page, the provider's own
 * login page (a real OpenID provider), and back, signed in by the real staff directory
 * (compliance-tracker, built, verifying the ID token and mapping the groups to a role).
 */
describe('signing in with a council account, in a browser', () => {
  let env: TestEnvironment;
  let provider: RunningOidcProvider;
  let stack: Services;
  let browser: Browser;
  let webUrl: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    const [providerPort, webPort, directoryPort] = await Promise.all([freePort(), freePort(), freePort()]);
    webUrl = `http://127.0.0.1:${webPort}`;
    const issuer = `http://127.0.0.1:${providerPort}`;
    provider = await startOidcProvider({ port: providerPort, clients: [{ ...CLIENT, redirectUris: [`${webUrl}/sign-in/callback`] }], accounts: ACCOUNTS });
    expect(provider.issuer).toBe(issuer);
    stack = await startServices(
      { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined },
      {
        logDir: mkdtempSync(join(tmpdir(), 'homeward-oidc-web-')),
        only: ['compliance-tracker', 'staff-web'],
        ports: { 'compliance-tracker': directoryPort, 'staff-web': webPort },
        env: { ...env.env, OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: CLIENT.clientId },
        serviceEnv: {
          'compliance-tracker': { OIDC_ROLE_MAP: 'homeward-cmo=CMO,homeward-managers=MANAGER' },
          // The browser must come back to the same host it started on, or the session cookie is not sent.
          'staff-web': { OIDC_CLIENT_SECRET: CLIENT.clientSecret, PUBLIC_URL: webUrl },
        },
      },
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await stack?.stop();
    await provider?.stop();
    await env?.dispose();
  });

  /** From the sign-in page, through the provider's login, as far as the provider sends the browser back. */
  async function signInWithCouncilAccount(page: Page, username: string): Promise<void> {
    await page.goto(`${webUrl}${PAGE}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('heading', { name: 'Sign in to the test identity provider' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(`${username}-password`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === webUrl && !url.pathname.startsWith('/sign-in/oidc'));
  }

  it('signs a CMO in as the council names them, with the role their group maps to, on the page they asked for', async () => {
    const page = await newStaffPage(browser);
    await signInWithCouncilAccount(page, 'alex');
    expect(new URL(page.url()).pathname).toBe(PAGE);
    const header = page.locator('.hw-header__identity');
    await expect(header.innerText()).resolves.toMatch(/Alex Morgan\s*·?\s*Children missing officer/);
    await page.getByRole('heading', { level: 1, name: 'Find a child' }).waitFor();
    await expectAccessible(page);

    // Signed in for real: sign-out works as for a password, and the provider's sign-in starts afresh.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${webUrl}/sign-in?signedOut=1`);
  });

  it('tells a person whose groups give no Homeward role that they cannot come in, with the ways to try again', async () => {
    const page = await newStaffPage(browser);
    await signInWithCouncilAccount(page, 'finn');
    await page.getByRole('heading', { level: 1, name: 'You could not be signed in' }).waitFor();
    await page.getByText('it is not in any of the groups that give a role in Homeward').waitFor();
    await expect(page.title()).resolves.toBe('You could not be signed in – Homeward');
    await expect(page.locator('.hw-header__identity').count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'sign-in-oidc-refused');

    await page.getByRole('link', { name: 'Sign in with a Homeward username and password' }).click();
    await page.waitForURL(`${webUrl}/sign-in?returnTo=${encodeURIComponent(PAGE)}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
