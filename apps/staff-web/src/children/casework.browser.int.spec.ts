import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { caseworkStubRoutes } from '../testing/casework-fixtures';
import { AMY_ID, OTHER_ID } from '../testing/record-fixtures';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** The child's record: checks it is on it before acting. */
class ChildRecordPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, name: string): Promise<ChildRecordPage> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    return new ChildRecordPage(page);
  }

  banner(heading: string) {
    return this.page.locator('.govuk-notification-banner').getByText(heading);
  }
}

/** The placement notice form. */
class PlacementNoticePage {
  constructor(readonly page: Page) {}

  static async on(page: Page): Promise<PlacementNoticePage> {
    await page.getByRole('heading', { level: 1, name: 'Record a placement notice' }).waitFor();
    return new PlacementNoticePage(page);
  }

  async date(legend: string, day: string, month: string, year: string): Promise<void> {
    const group = this.page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(day);
    await group.getByLabel('Month').fill(month);
    await group.getByLabel('Year').fill(year);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record placement notice' }).click();
    await this.page.waitForLoadState('load');
  }
}

describe("what staff record on a child's record, in a browser", () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(caseworkStubRoutes(new Date())), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a CMO records a placement notice: the child prefilled, the error summary keeping answers, then the record with a banner', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/children/${AMY_ID}`);
    const record = await ChildRecordPage.on(page, "Amy O'Neil");
    await page.getByRole('heading', { level: 3, name: 'Placed by E10000007 from 1 March 2026' }).waitFor();
    await page.getByRole('link', { name: "Record a placement notice for Amy O'Neil" }).click();
    const form = await PlacementNoticePage.on(page);
    await expect(page.getByLabel('Given name').inputValue()).resolves.toBe('Amy');
    await expectAccessible(page);

    await page.getByLabel('Name of the carer or home').fill('Oakfield House');
    await form.save();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(focusedText(page)).resolves.toContain('There is a problem');
    await expect(page.getByLabel('Name of the carer or home').inputValue()).resolves.toBe('Oakfield House');
    await expectAccessible(page);
    await screenshot(page, 'placement-notice-error');

    // The summary's link takes the keyboard to the question.
    await page.getByRole('link', { name: "Enter the placing authority's code" }).press('Enter');
    await expect(focusedText(page)).resolves.toBe('placingAuthority');
    await page.keyboard.type('E10000007');
    await form.date('Placement start date', '1', '3', '2026');
    await page.getByLabel("Children's home", { exact: true }).check();
    await page.getByRole('group', { name: "Did the placing authority's risk assessment come with it?" }).getByLabel('Yes').check();
    await page.getByRole('group', { name: 'Did its risk management plan come with it?' }).getByLabel('No').check();
    await form.save();
    await ChildRecordPage.on(page, "Amy O'Neil");
    await record.banner('Placement notice recorded').waitFor();
    await expectAccessible(page);
  });

  it("a CMO sets the child's allocated worker", async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/children/${AMY_ID}`);
    const record = await ChildRecordPage.on(page, "Amy O'Neil");
    await page.getByRole('link', { name: 'Change allocated worker' }).click();
    await page.getByRole('heading', { level: 1, name: "Who is Amy O'Neil's allocated worker?" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Who is Amy O'Neil's allocated worker?").selectOption({ label: 'Choose a worker' });
    await page.getByRole('button', { name: 'Save allocated worker' }).click();
    await page.getByRole('link', { name: 'Choose the allocated worker, or no allocated worker' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Who is Amy O'Neil's allocated worker?").selectOption({ label: 'Casey Morgan' });
    await page.getByRole('button', { name: 'Save allocated worker' }).click();
    await ChildRecordPage.on(page, "Amy O'Neil");
    await record.banner("Casey Morgan is Amy's allocated worker").waitFor();
  });

  it('a manager reads the corrections and merges, finds the other record, compares both side by side, and merges it in', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', `/children/${AMY_ID}`);
    const record = await ChildRecordPage.on(page, "Amy O'Neil");
    await page.getByRole('heading', { level: 2, name: 'Corrections and merges' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-record-casework');

    await page.getByRole('link', { name: 'Merge another record of Amy into this one' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merge another record into this one' }).waitFor();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Name, date of birth, police reference or LA id of the other record').fill('Am');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '1 other record matches “Am”' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: /^Compare Amir Okafor/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Are these two records the same child?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: "Kept: Amy O'Neil (this record)" }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Merged in: Amir Okafor' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-merge-confirm');

    await page.getByRole('button', { name: 'Yes, merge the records' }).click();
    await ChildRecordPage.on(page, "Amy O'Neil");
    await record.banner("Amir Okafor's record is merged into this one").waitFor();
    expect(page.url()).toBe(`${kit.web.url}/children/${AMY_ID}`);
  });

  it('a read-only user sees the notices, the worker and a withdrawn report, and no actions', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', `/children/${AMY_ID}`);
    await ChildRecordPage.on(page, "Amy O'Neil");
    await page.getByRole('heading', { level: 3, name: 'Placed by E10000007 from 1 March 2026' }).waitFor();
    for (const name of [/^Record a placement notice/, 'Change allocated worker', /^Merge another record/]) {
      await expect(page.getByRole('link', { name }).count()).resolves.toBe(0);
    }
    await page.goto(`${kit.web.url}/children/${OTHER_ID}`);
    await ChildRecordPage.on(page, 'Amir Okafor');
    await page.locator('.moj-timeline').getByText('Withdrawn', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-record-withdrawn');
  });
});
