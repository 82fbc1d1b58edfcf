import { DEFAULT_PROFILE } from '@homeward/protocol';
import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { DIRECTORY } from '../testing/leave-fixtures';
import { ACTIVE_ID, protocolVersions, whatIfAnswer } from '../testing/protocol-fixtures';
import { PASSWORD, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

const focused = (page: Page) => page.evaluate<string>("(e => e ? (e.id || (e.innerText || '').trim()) : '')(document.activeElement)");

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/tasks/);
}

/** The what-if form: checks it is on it before acting. */
class WhatIfPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<WhatIfPage> {
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Try a version on past notifications' }).waitFor();
    return new WhatIfPage(page);
  }

  async run(version: RegExp, from: string[], to: string[]): Promise<void> {
    await this.page.getByRole('radio', { name: version }).check();
    for (const [legend, [day, month, year]] of [['Start date', from], ['End date', to]] as const) {
      const group = this.page.getByRole('group', { name: legend });
      await group.getByLabel('Day').fill(day);
      await group.getByLabel('Month').fill(month);
      await group.getByLabel('Year').fill(year);
    }
    await this.page.getByRole('button', { name: 'Try it' }).click();
  }
}

describe('the protocol pages, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([
      startStaffWebKit({
        directory: { 'GET /v1/officers': () => ({ body: DIRECTORY }) },
        protocolEngine: {
          'GET /v1/protocol/versions': () => ({ body: protocolVersions() }),
          'POST /v1/protocol/what-if': (req) => {
            const body = req.body as { profile: string; from: string; to: string };
            // The active version against itself: nothing differs.
            return { body: whatIfAnswer(body.from, body.to, { differences: body.profile !== ACTIVE_ID }) };
          },
        },
      }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('an administrator reads the versions and tries the draft, by keyboard and accessibly, errors included', async () => {
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'admin');
    await page.getByRole('link', { name: 'Protocol', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Protocol versions' }).waitFor();
    await page.getByRole('heading', { name: /nscb-default-2: NSCB default/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'protocol');
    // Other versions' rules are folded away: opened, they read as the active one's do.
    await page.getByText(`The ${DEFAULT_PROFILE.rules.length} rules of nscb-2027-1`).click();
    await page.getByText('Task: Return interview, normal, within 48 clock hours', { exact: false }).first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Try a version on past notifications' }).click();
    const whatIf = await WhatIfPage.open(page, page.url());
    await page.getByRole('radio', { name: /nscb-2027-1/ }).focus();
    const reached = [await focused(page)];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused(page));
    }
    expect(reached).toEqual(['version', 'from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year', 'Try it']);

    await whatIf.run(/nscb-2027-1/, ['1', '10', '2026'], ['30', '9', '2026']);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")).resolves.toBe(true);
    await expectAccessible(page);

    await whatIf.run(/nscb-2027-1/, ['1', '10', '2026'], ['31', '10', '2026']);
    await page.getByRole('table', { name: 'Decisions that would differ' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'what-if');

    await whatIf.run(/nscb-default-2/, ['1', '10', '2026'], ['31', '10', '2026']);
    await page.getByText('No decision in the period would differ.').waitFor();
    await expectAccessible(page);
  });

  it('a manager reads the versions, with no what-if to try', async () => {
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'manager');
    await page.goto(`${kit.web.url}/protocol`);
    await page.getByRole('heading', { level: 1, name: 'Protocol versions' }).waitFor();
    await expect(page.getByRole('button', { name: 'Try a version on past notifications' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
