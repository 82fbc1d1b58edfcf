import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { directoryRoutes, PASSWORD, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

/** The sign-in page as a person uses it: checks it is on the right page before acting. */
class SignInPage {
  constructor(private readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<SignInPage> {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    return new SignInPage(page);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}

/** The visible text of whatever has keyboard focus. */
async function focusedText(page: Page): Promise<string> {
  // A string, so this Node-side file needs no DOM types.
  return page.evaluate<string>("(document.activeElement && document.activeElement.innerText || '').trim()");
}

describe('signing in, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    kit = await startStaffWebKit();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('signs in with the keyboard-reachable, accessible form, and the layout names the person and their pages', async () => {
    const page = await newStaffPage(browser);
    const signIn = await SignInPage.open(page, kit.web.url);
    await expectAccessible(page);
    await screenshot(page, 'sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    // GOV.UK's script moves focus to the summary, so a screen reader hears it at once.
    await expect(page.locator('.govuk-error-summary:focus').count()).resolves.toBe(1);
    await expectAccessible(page);

    await signIn.signIn('manager', PASSWORD);
    await page.waitForURL(`${kit.web.url}/tasks`);
    await page.getByText('Jordan Lee').waitFor();
    await expectAccessible(page);

    // Tab from the top of the page through the header: every control is reached, in reading order.
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedText(page));
    }
    expect(reached.slice(0, 11)).toEqual([
      'Skip to main content',
      'Homeward',
      'Sign out',
      'My work and team queue',
      'Find a child',
      'Meeting lists',
      'Children missing education',
      'Alerts',
      'Compliance',
      'Leave and cover',
      // Managers read the protocol's versions; only administrators run what-if.
      'Protocol',
    ]);

    // Back up to the sign-out button, and use it from the keyboard.
    for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+Tab');
    await expect(focusedText(page)).resolves.toBe('Sign out');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${kit.web.url}/sign-in?signedOut=1`);
    await page.getByText('You have signed out.').waitFor();
  });

  it("says, accessibly, when the staff directory is refusing sign-ins from the browser's address for now, and when to try again", async () => {
    kit.directory.routes['POST /v1/staff/sessions'] = () => ({
      respond: (res) => {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '45' });
        res.end(JSON.stringify({ statusCode: 429, message: 'too many requests without valid credentials from this address; retry after 45 s' }));
      },
    });
    try {
      const page = await newStaffPage(browser);
      const signIn = await SignInPage.open(page, kit.web.url);
      await signIn.signIn('manager', PASSWORD);
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await page.getByRole('link', { name: 'Too many sign-ins have failed from your network. Try again in 45 seconds' }).waitFor();
      await expect(page.locator('.govuk-error-summary:focus').count()).resolves.toBe(1);
      await expectAccessible(page);
      await screenshot(page, 'sign-in-too-many-failed');
    } finally {
      kit.directory.routes['POST /v1/staff/sessions'] = directoryRoutes()['POST /v1/staff/sessions'];
    }
  });
});
