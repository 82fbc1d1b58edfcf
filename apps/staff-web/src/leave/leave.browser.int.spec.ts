import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { leaveOf, leaveStore, LeaveStore } from '../testing/leave-fixtures';
import { directoryRoutes, PASSWORD, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

const YEAR = String(new Date().getUTCFullYear() + 1);

/** The focused element's id, or its text. */
const focused = (page: Page) => page.evaluate<string>("(e => e ? (e.id || (e.innerText || '').trim()) : '')(document.activeElement)");

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/tasks/);
}

/** The record-leave form: checks it is on it before acting. */
class RecordLeavePage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<RecordLeavePage> {
    await page.goto(`${baseUrl}/leave/new`);
    await page.getByRole('heading', { level: 1, name: 'Record leave' }).waitFor();
    return new RecordLeavePage(page);
  }

  async date(legend: string, day: string, month: string, year: string): Promise<void> {
    const group = this.page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(day);
    await group.getByLabel('Month').fill(month);
    await group.getByLabel('Year').fill(year);
  }
}

describe('leave and cover, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;
  let store: LeaveStore;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(), launchBrowser()]);
  });

  beforeEach(() => {
    store = leaveStore();
    kit.directory.routes = { ...directoryRoutes(), ...store.routes };
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a manager sees who is away and records leave by keyboard, errors shown with the answers kept', async () => {
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'manager');
    await page.getByRole('link', { name: 'Leave and cover' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leave and cover' }).waitFor();
    await page.getByRole('table', { name: 'Away now' }).getByRole('link', { name: /Casey Morgan/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'leave');

    await page.getByRole('button', { name: 'Record leave' }).click();
    const form = await RecordLeavePage.open(page, kit.web.url);
    await page.getByLabel('Whose leave is it?').focus();
    const reached = [await focused(page)];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused(page));
    }
    expect(reached).toEqual(['officer', 'startDate-day', 'startDate-month', 'startDate-year', 'startTime', 'endDate-day', 'endDate-month', 'endDate-year', 'endTime', 'cover', 'Record leave']);

    await page.getByLabel('Whose leave is it?').selectOption({ label: 'Rowan Patel' });
    await form.date('Start date', '6', '7', YEAR);
    await page.getByLabel('Start time (optional)').fill('9');
    await form.date('End date', '31', '6', YEAR);
    await page.getByRole('button', { name: 'Record leave' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")).resolves.toBe(true);
    await expect(page.getByLabel('Start time (optional)').inputValue()).resolves.toBe('9');
    await expect(page.getByLabel('Whose leave is it?').inputValue()).resolves.toBe('cover');
    await expectAccessible(page);
    await screenshot(page, 'leave-new-error');

    await page.getByLabel('Start time (optional)').fill('9am');
    await form.date('End date', '10', '7', YEAR);
    await page.getByLabel('Who covers the work?').selectOption({ label: 'Casey Morgan (on leave now)' });
    await page.getByRole('button', { name: 'Record leave' }).click();
    await page.getByText('Leave recorded for Rowan Patel').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Rowan Patel');
    await expectAccessible(page);
  });

  it('shows a leave with what moved, and cancels it only after asking', async () => {
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'manager');
    await page.goto(`${kit.web.url}/leave/${leaveOf(store, 'cmo', 'IN_PROGRESS').id}`);
    await page.getByRole('heading', { level: 1, name: 'Casey Morgan' }).waitFor();
    await page.getByRole('link', { name: 'Return interview, NT/26/004512' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'leave-detail');

    await page.getByRole('button', { name: 'Cancel leave' }).click();
    await page.getByRole('heading', { level: 1, name: 'Are you sure you want to cancel this leave?' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'leave-cancel');
    await page.getByRole('button', { name: 'Yes, cancel this leave' }).focus();
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('No, keep it');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Leave cancelled').waitFor();
    await expect(page.getByText('Cancelled', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('a CMO with no leave sees the empty list, and their own name on the form', async () => {
    for (const l of [...store.leave.values()]) if (l.officer === 'cmo') store.leave.delete(l.id);
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url, 'cmo');
    await page.goto(`${kit.web.url}/leave`);
    await page.getByText('You are not on leave now.').waitFor();
    await expectAccessible(page);
    await RecordLeavePage.open(page, kit.web.url);
    await expect(page.getByLabel('Whose leave is it?').count()).resolves.toBe(0);
    await page.getByText('Casey Morgan', { exact: true }).first().waitFor();
    await expectAccessible(page);
  });
});
