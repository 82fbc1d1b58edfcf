import {
  APP_NAMES,
  closeBrowser,
  expectAccessible,
  launchBrowser,
  newStaffPage,
  screenshot,
  Services,
  STAFF_WEB,
  waitFor,
} from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { BuiltStack, startBuiltStack } from './support/built-stack';

const PASSWORD = 'homeward-dev-password';
// Each flow is several pages through five services; a busy two-core machine needs the room.
jest.setTimeout(180_000);
const HOUR_MS = 3_600_000;

/**
 * The staff workspace through the whole running system: police notifications posted at ingest,
 * worked by people in a real browser on staff-web, which reads everything from the services.
 * compliance-tracker runs as in development so that the development staff (cmo, cover,
 * manager, reader) exist with their password, exactly as `npm start` seeds them.
 */
describe('the staff workspace, end to end in Chromium', () => {
  let built: BuiltStack;
  let stack: Services;
  let apiKey: string;
  let browser: Browser;

  beforeAll(async () => {
    built = await startBuiltStack({
      only: APP_NAMES,
      serviceEnv: { 'compliance-tracker': { NODE_ENV: 'development', SEED_DEVELOPMENT_STAFF: 'true' } },
    });
    stack = built.stack;
    apiKey = await built.ingestKey('--force', 'E2E-WEB');
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await closeBrowser(browser);
    await built?.stop();
  });

  const web = () => stack.url(STAFF_WEB);

  const post = async (body: object) => {
    const res = await fetch(`${stack.url('ingest-api')}/v1/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(202);
  };

  const notification = (policeReference: string, child: object, over: Record<string, unknown>) => ({
    notificationId: `${policeReference}-${String(over.type)}`,
    policeReference,
    child,
    riskLevel: 'LOW',
    careStatus: 'NOT_KNOWN',
    missingFrom: 'HOME',
    ...over,
  });

  /** A child missing five hours ago and found two hours ago: a return interview due in 70 hours. */
  async function missingThenFound(policeReference: string, child: object): Promise<void> {
    const now = Date.now();
    await post(notification(policeReference, child, { type: 'MISSING_REPORTED', occurredAt: new Date(now - 5 * HOUR_MS).toISOString() }));
    await post(
      notification(policeReference, child, {
        type: 'FOUND',
        occurredAt: new Date(now - 2 * HOUR_MS).toISOString(),
        found: { returnedTo: 'Home', safeAndWellCheckAt: new Date(now - HOUR_MS).toISOString() },
      }),
    );
  }

  async function signIn(username: string): Promise<Page> {
    const page = await newStaffPage(browser);
    await page.goto(`${web()}/sign-in`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/tasks/);
    return page;
  }

  /** The queue is read from compliance-tracker at each load: reload until the decision's task is there. */
  async function openQueueUntil(page: Page, url: string, childName: string): Promise<void> {
    await waitFor(
      async () => {
        await page.goto(url);
        return (await page.getByRole('link', { name: new RegExp(childName) }).count()) > 0;
      },
      { timeoutMs: 30_000, intervalMs: 500, description: `${childName} in ${url}` },
    ).catch(async (error: Error) => {
      // What the page said instead, so a failure reads as a person would see it.
      throw new Error(`${error.message}\n${(await page.locator('main').innerText()).slice(0, 1500)}`);
    });
  }

  it('shows a found child in the queue by name; the CMO claims the return interview, records it offered then held, and the compliance page counts it', async () => {
    await missingThenFound('WEB/1', { givenName: 'Casey', familyName: 'Example-Smith', dateOfBirth: '2013-05-02' });
    const page = await signIn('cmo');

    await openQueueUntil(page, `${web()}/tasks?view=team`, 'Casey Example-Smith');
    const row = page.getByRole('row', { name: /Casey Example-Smith/ });
    await expect(row.textContent()).resolves.toMatch(/return interview/i);
    await row.getByRole('button', { name: /Claim/ }).click();
    await expect(page.getByRole('region', { name: /Success/ }).or(page.locator('.govuk-notification-banner--success')).first().textContent()).resolves.toMatch(/Casey Example-Smith/);

    await page.getByRole('link', { name: /Casey Example-Smith/ }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/return interview/i);
    await expectAccessible(page);
    await screenshot(page, 'whole-system-task');

    const taskPage = page.url();
    await page.goto(`${taskPage}/outcome`);
    await page.getByRole('radio', { name: 'The interview was offered' }).check();
    await fillInstant(page, 'the interview was offered', Date.now() - 60 * 60_000);
    await page.getByRole('group', { name: 'How was it offered?' }).getByRole('radio', { name: 'By phone' }).check();
    await page.getByRole('button', { name: 'Save and go back to the task' }).click();
    await expectSuccess(page, /offer recorded/i);

    await page.goto(`${taskPage}/outcome`);
    await page.getByRole('radio', { name: 'The interview was held' }).check();
    await expectAccessible(page);
    await screenshot(page, 'whole-system-outcome-held');
    await fillInstant(page, 'the interview was held', Date.now() - 10 * 60_000);
    await page.getByRole('group', { name: /interviewer independent/ }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Summary of the interview').fill('Spoke about school and friends; no harm disclosed.');
    await page.getByRole('button', { name: 'Save and go back to the task' }).click();
    await expectSuccess(page, /interview recorded/i);

    await page.goto(`${web()}/compliance`);
    // The Board's totals: this run's one interview, held within 72 hours of the child's return.
    const heldWithin72 = page.locator('.govuk-summary-list__row').filter({ hasText: 'Held within 72 hours' }).first();
    await expect(heldWithin72.innerText()).resolves.toMatch(/Held within 72 hours\s+1\s\(/);
  });

  it("shows a HIGH-risk child's alert on the open alerts page without a reload, and the manager acknowledges it", async () => {
    const page = await signIn('manager');
    await page.goto(`${web()}/alerts`);
    const before = await page.evaluate(() => performance.timeOrigin);

    await post(
      notification('WEB/2', { givenName: 'Sam', familyName: 'Example', dateOfBirth: '2014-01-09' }, {
        type: 'MISSING_REPORTED',
        occurredAt: new Date(Date.now() - HOUR_MS).toISOString(),
        riskLevel: 'HIGH',
        careStatus: 'LOOKED_AFTER',
        responsibleAuthority: 'E10000024',
      }),
    );
    const live = page.getByText('WEB/2').first();
    await live.waitFor({ timeout: 30_000 });
    // The same document: the alert arrived over the live stream, not through a navigation.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);

    await page.getByRole('button', { name: /Acknowledge/ }).first().click();
    await expectSuccess(page, /acknowledged/i);
  });

  it("moves the CMO's claimed work to the cover when a manager records the CMO's leave", async () => {
    await missingThenFound('WEB/3', { givenName: 'Riley', familyName: 'Leave-Test', dateOfBirth: '2012-03-04' });
    const cmo = await signIn('cmo');
    await openQueueUntil(cmo, `${web()}/tasks?view=team`, 'Riley Leave-Test');
    await cmo.getByRole('row', { name: /Riley Leave-Test/ }).getByRole('button', { name: /Claim/ }).click();

    const manager = await signIn('manager');
    await manager.goto(`${web()}/leave/new`);
    await manager.getByLabel('Whose leave is it?').selectOption('cmo');
    const today = londonToday();
    const tomorrow = londonToday(1);
    await fillDate(manager, 'Start date', today);
    await fillDate(manager, 'End date', tomorrow);
    await manager.getByLabel('Who covers the work?').selectOption('cover');
    await manager.getByRole('button', { name: 'Record leave' }).click();
    await expect(manager.locator('.govuk-notification-banner--success').count()).resolves.toBe(1);

    // The hand-over happens when the leave starts (now): the cover's queue has the child.
    await openQueueUntil(manager, `${web()}/tasks?view=team&assignee=cover`, 'Riley Leave-Test');
    await expectAccessible(manager);
  });

  it('lets a READ_ONLY user read the queue but not act: no claim button, and a claim posted anyway is refused', async () => {
    await missingThenFound('WEB/4', { givenName: 'Morgan', familyName: 'Reader-Test', dateOfBirth: '2011-07-08' });
    const page = await signIn('reader');
    await openQueueUntil(page, `${web()}/tasks?view=team`, 'Morgan Reader-Test');
    const row = page.getByRole('row', { name: /Morgan Reader-Test/ });
    expect(await row.getByRole('button', { name: /Claim/ }).count()).toBe(0);

    const href = await row.getByRole('link', { name: /Morgan Reader-Test/ }).getAttribute('href');
    // The sign-out form carries the session's CSRF token, so the refusal is the role's, not the token's.
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const refused = await page.request.post(`${web()}${href}/claim`, { form: { _csrf: csrf } });
    expect(refused.status()).toBe(403);
  });
});

/** The success banner after a post, or what the page said instead (an error summary, say). */
async function expectSuccess(page: Page, words: RegExp): Promise<void> {
  const banner = page.locator('.govuk-notification-banner--success');
  const shown = await banner.waitFor({ timeout: 15_000 }).then(
    () => banner.textContent(),
    async () => `no success banner; the page said: ${(await page.locator('main').innerText()).slice(0, 1200)}`,
  );
  expect(shown).toMatch(words);
}

function londonToday(plusDays = 0): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.now() + plusDays * 86_400_000))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return { day: parts.day, month: parts.month, year: parts.year };
}

async function fillDate(page: Page, legend: string | RegExp, date: { day: string; month: string; year: string }): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(date.day);
  await group.getByLabel('Month').fill(date.month);
  await group.getByLabel('Year').fill(date.year);
}

/** "Date …" and "Time …" as a person types them, in London time, for the instant `at`. */
async function fillInstant(page: Page, what: string, at: number): Promise<void> {
  await fillDate(page, `Date ${what}`, londonToday((at - Date.now()) / 86_400_000));
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
  await page.getByLabel(`Time ${what}`).fill(time);
}
