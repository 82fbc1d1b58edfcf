import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { meetingListRoutes } from '../testing/meeting-list-fixtures';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** A meeting list: checks it is on it before acting. */
class MeetingListPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, title: string): Promise<MeetingListPage> {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    return new MeetingListPage(page);
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}

/** The form that takes a child off a list. */
class RemovalPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, name: string): Promise<RemovalPage> {
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Take ${name} off the`) }).waitFor();
    return new RemovalPage(page);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Take them off the list' }).click();
    await this.page.waitForLoadState('load');
  }
}

describe('the meeting lists, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit({ protocolEngine: meetingListRoutes(new Date()) }), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a read-only user opens both lists from the navigation, accessibly, with no actions, and prints the list without the navigation', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', '/children/search');
    await page.getByRole('link', { name: 'Meeting lists' }).click();
    const monthly = await MeetingListPage.on(page, 'Monthly multi-agency meeting');
    await expect(monthly.row('Amir Okafor').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /^Take off/ }).count()).resolves.toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Daily CSE meeting' }).click();
    await MeetingListPage.on(page, 'Daily CSE meeting');
    await expectAccessible(page);
    await screenshot(page, 'meeting-list-cse');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.govuk-service-navigation').isVisible()).resolves.toBe(false);
    await expect(page.locator('.moj-sub-navigation').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: "Amy O'Neil" }).isVisible()).resolves.toBe(true);
  });

  it('a manager takes a child off by keyboard: the error summary, the note revealed for another reason, then the banner', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/meeting-lists/monthly-meeting');
    const list = await MeetingListPage.on(page, 'Monthly multi-agency meeting');
    await screenshot(page, 'meeting-list-monthly');
    await list.row("Amy O'Neil").getByRole('link', { name: /^Take off/ }).click();
    const form = await RemovalPage.on(page, "Amy O'Neil");
    await expectAccessible(page);

    await form.submit();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: Take Amy O'Neil off/);
    await expect(focusedText(page)).resolves.toContain('There is a problem');
    await expectAccessible(page);

    // The reasons by keyboard: the first radio, then arrow down to the last (another reason), which reveals the note.
    await page.getByRole('link', { name: 'Select why the child is coming off the list' }).press('Enter');
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Another reason').isChecked()).resolves.toBe(true);
    await page.getByLabel('What is the reason?').waitFor();
    await form.submit();
    await page.getByRole('link', { name: 'Enter why the child is coming off the list' }).waitFor();
    await expect(page.getByLabel('Another reason').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'meeting-list-remove-error');

    await page.getByLabel('What is the reason?').fill('Adopted and living out of the area');
    await form.submit();
    await MeetingListPage.on(page, 'Monthly multi-agency meeting');
    await page.getByText("Amy O'Neil is off the monthly multi-agency meeting list").waitFor();
    await expect(page.getByRole('link', { name: "Amy O'Neil", exact: true }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
