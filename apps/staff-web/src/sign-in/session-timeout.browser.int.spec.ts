import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import Redis from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD, STAFF, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

/** A one-minute session (the test-only setting in seconds): the warning opens 15 seconds before its end. */
const TIMEOUT_SECONDS = 60;
const DIALOG_NAME = 'You’re about to be signed out';
const PAGE = '/children/search';

jest.setTimeout(240_000);

async function signIn(page: Page, baseUrl: string, who: keyof typeof STAFF): Promise<void> {
  await page.goto(`${baseUrl}${PAGE}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Username').fill(STAFF[who].username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}${PAGE}`);
}

/** What has focus (a field's id, or a control's visible text), and whether it is inside the time-out dialog. */
async function focus(page: Page): Promise<{ text: string; inDialog: boolean }> {
  return page.evaluate<{ text: string; inDialog: boolean }>(
    "(() => { const el = document.activeElement; if (!el) return { text: '', inDialog: false }; return { text: (/^(INPUT|TEXTAREA)$/.test(el.tagName) ? el.id : el.innerText || '').trim(), inDialog: Boolean(el.closest('dialog[open]')) }; })()",
  );
}

/** Waits for the page's own POST /session/extend to be answered (what "Stay signed in" sends). */
function extension(page: Page) {
  return page.waitForResponse((res) => res.url().endsWith('/session/extend') && res.request().method() === 'POST');
}

describe('the warning before the session times out, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;
  let redis: Redis;

  beforeAll(async () => {
    kit = await startStaffWebKit({}, { env: { SESSION_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS) } });
    browser = await launchBrowser();
    redis = new Redis(kit.env.redisUrl);
  });

  afterAll(async () => {
    redis?.disconnect();
    await closeBrowser(browser);
    await kit?.stop();
  });

  /** Seconds the session in Redis has left, for the page's browser context. */
  async function sessionTtl(page: Page): Promise<number> {
    const cookie = (await page.context().cookies()).find((c) => c.name === 'homeward.sid');
    const id = decodeURIComponent(cookie?.value ?? '').replace(/^s:/, '').replace(/\.[^.]*$/, '');
    return redis.ttl(`staff-web:session:${id}`);
  }

  it('warns before the end, keeps focus in an accessible dialog, stays signed in by Escape or the button, and signs out an idle page', async () => {
    // Another person leaves their page alone meanwhile: it is signed out when the minute is up.
    const idle = await newStaffPage(browser);
    await signIn(idle, kit.web.url, 'reader');

    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'cmo');
    await page.locator('#q').focus();
    const dialog = page.getByRole('dialog', { name: DIALOG_NAME });
    await expect(dialog.isVisible()).resolves.toBe(false);

    await dialog.waitFor({ timeout: TIMEOUT_SECONDS * 1000 });
    await expect(dialog.getByText(/For your security, we will sign you out in \d+ seconds because you have not done anything/).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-announcement]').textContent()).resolves.toMatch(/^We will sign you out in \d+ seconds\.$/);
    await expect(focus(page)).resolves.toEqual({ text: 'Stay signed in', inDialog: true });
    await expectAccessible(page);
    await screenshot(page, 'session-timeout-warning');

    // Tab and Shift+Tab go round the dialog's two buttons and never leave it.
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const now = await focus(page);
      expect(now.inDialog).toBe(true);
      reached.push(now.text);
    }
    expect(reached).toEqual(['Sign out', 'Stay signed in', 'Sign out']);
    await page.keyboard.press('Shift+Tab');
    await expect(focus(page)).resolves.toEqual({ text: 'Stay signed in', inDialog: true });

    // Escape is "stay signed in": the dialog closes, focus goes back, the session starts again.
    await expect(sessionTtl(page)).resolves.toBeLessThan(16);
    const byEscape = extension(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(focus(page)).resolves.toEqual({ text: 'q', inDialog: false });
    expect((await byEscape).status()).toBe(200);
    await expect(sessionTtl(page)).resolves.toBeGreaterThan(TIMEOUT_SECONDS - 10);

    // The warning comes back a minute later; this time the button.
    await dialog.waitFor({ timeout: TIMEOUT_SECONDS * 1000 });
    const byButton = extension(page);
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await byButton).status()).toBe(200);
    await expect(sessionTtl(page)).resolves.toBeGreaterThan(TIMEOUT_SECONDS - 10);
    await page.reload();
    await page.getByText(STAFF.cmo.displayName).waitFor();

    // Well over a minute on, the idle page went to sign-in by itself, saying why, and comes back after.
    await idle.waitForURL(`${kit.web.url}/sign-in?returnTo=${encodeURIComponent(PAGE)}&timedOut=1`, { timeout: 10_000 });
    await idle.getByText('You were signed out because you did nothing for 1 minute.').waitFor();
    await expectAccessible(idle);
    await idle.getByLabel('Username').fill(STAFF.reader.username);
    await idle.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await idle.getByRole('button', { name: 'Sign in' }).click();
    await idle.waitForURL(`${kit.web.url}${PAGE}`);
    await idle.getByText(STAFF.reader.displayName).waitFor();
  });
});
