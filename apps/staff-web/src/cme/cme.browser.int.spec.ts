import { closeBrowser, expectAccessible, fillDateInput, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { ABSENT_ID, cmeStubRoutes, REFERRED_ID } from '../testing/cme-fixtures';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** The CME lists: checks it is on them before acting. */
class CmeListPage {
  constructor(readonly page: Page) {}

  static async on(page: Page): Promise<CmeListPage> {
    await page.getByRole('heading', { level: 1, name: 'Children missing education' }).waitFor();
    return new CmeListPage(page);
  }

  tab(name: string) {
    return this.page.getByRole('navigation', { name: 'CME cases' }).getByRole('link', { name });
  }
}

/** One CME case. */
class CmeCasePage {
  constructor(readonly page: Page) {}

  static async on(page: Page, name: string): Promise<CmeCasePage> {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(/^CME case CME-/).first().waitFor();
    return new CmeCasePage(page);
  }

  banner(heading: string) {
    return this.page.locator('.govuk-notification-banner').getByText(heading);
  }
}

/** A form on a CME case: the enquiry, the outcome or the referral. */
class CmeFormPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, heading: string): Promise<CmeFormPage> {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return new CmeFormPage(page);
  }

  date(legend: string, iso: string): Promise<void> {
    return fillDateInput(this.page, legend, iso);
  }

  async save(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.waitForLoadState('load');
  }

  async problem(): Promise<void> {
    await this.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(focusedText(this.page)).resolves.toContain('There is a problem');
  }
}

const daysAgoInLondon = (days: number) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

describe('children missing education, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(cmeStubRoutes(new Date())), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a CMO finds the open cases from the navigation, and the closed cases and lost pupils on their tabs', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/tasks');
    await page.getByRole('link', { name: 'Children missing education' }).click();
    const list = await CmeListPage.on(page);
    await page.getByRole('link', { name: /^Amira Khan/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'cme-cases');

    await list.tab('Lost pupils').click();
    await page.getByRole('link', { name: /^Leo Novak/ }).waitFor();
    await expect(page.getByRole('link', { name: /^Ruby Patel/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await list.tab('Closed cases').click();
    await page.getByRole('link', { name: /^Ruby Patel/ }).waitFor();
    await expectAccessible(page);
    // A child erased on the DPO's request: the case keeps its outcome and names no one.
    await page.getByRole('link', { name: /^Child \(details erased\)/ }).click();
    await page.getByText(/personal data was erased on/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'cme-case-erased');
  });

  it('a CMO reads the 20-day "not yet", records an enquiry from the keyboard after an error, and sees it on the case', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/cme/${ABSENT_ID}`);
    const cmeCase = await CmeCasePage.on(page, 'Amira Khan');
    await page.getByText('The school may not delete this pupil yet.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Health has not been asked' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'cme-case');

    await page.getByRole('button', { name: 'Record an enquiry' }).click();
    const form = await CmeFormPage.on(page, 'Record a reasonable enquiry');
    await expectAccessible(page);
    await page.getByLabel('Health', { exact: true }).check();
    await form.save('Save enquiry');
    await form.problem();
    await expect(page.getByLabel('Health', { exact: true }).isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'cme-enquiry-error');

    // The summary's link takes the keyboard to the question; every answer goes in by keyboard.
    await page.getByRole('link', { name: 'Enter the date the enquiry was made' }).press('Enter');
    await expect(focusedText(page)).resolves.toBe('madeOn-day');
    const [year, month, day] = daysAgoInLondon(1).split('-');
    await page.keyboard.type(String(Number(day)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(Number(month)));
    await page.keyboard.press('Tab');
    await page.keyboard.type(year);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('result');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Did not find the child').isChecked()).resolves.toBe(true);
    await page.getByLabel('Note (optional)').fill('GP practice has no record since July');
    await form.save('Save enquiry');
    await CmeCasePage.on(page, 'Amira Khan');
    await cmeCase.banner('Enquiry recorded').waitFor();
    await page.getByRole('cell', { name: 'GP practice has no record since July' }).waitFor();
    await expectAccessible(page);
  });

  it('a CMO is told every reasonable enquiry is needed before whereabouts unknown, then closes the case as on roll elsewhere', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/cme/${ABSENT_ID}/outcome`);
    const form = await CmeFormPage.on(page, 'Record the outcome for Amira Khan');
    await expectAccessible(page);
    await page.getByLabel('Whereabouts unknown (lost pupils database)').check();
    await form.date('Date the lost CTF was uploaded', daysAgoInLondon(1));
    await form.date('Date the case was resolved', daysAgoInLondon(1));
    await expectAccessible(page);
    await form.save('Close the case with this outcome');
    await form.problem();
    await page.getByRole('link', { name: /^Make every reasonable enquiry before recording whereabouts unknown/ }).waitFor();
    await expect(page.getByLabel('Whereabouts unknown (lost pupils database)').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'cme-outcome-error');

    await page.getByLabel('On roll at another school').check();
    await page.getByLabel('Name of the school the child is on roll at').fill('Hillside School');
    await page.getByRole('group', { name: 'Is the school in this authority?' }).getByLabel('Yes').check();
    await expectAccessible(page);
    await form.save('Close the case with this outcome');
    const closed = await CmeCasePage.on(page, 'Amira Khan Closed');
    await closed.banner('CME case CME-2026-000042 closed').waitFor();
    await expect(page.getByRole('button', { name: 'Record an enquiry' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('a manager records another LA’s referral and lands on the case with a banner', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/cme');
    await CmeListPage.on(page);
    await page.getByRole('button', { name: 'Record a referral' }).click();
    const form = await CmeFormPage.on(page, 'Record a referral');
    await expectAccessible(page);
    await form.save('Record referral');
    await form.problem();
    await expectAccessible(page);
    await screenshot(page, 'cme-referral-error');

    await page.getByLabel('Another local authority').check();
    await page.getByLabel('Name of the person who referred them').fill('Dee Walsh');
    await page.getByLabel('Given name').fill('Theo');
    await page.getByLabel('Family name').fill('Brown');
    await form.date('Date of birth', '2015-02-01');
    await form.date('Date the referral was received', daysAgoInLondon(1));
    await page.getByLabel('Why the child may be missing education').fill('Family moved here from Derby in October; no school place applied for');
    await form.save('Record referral');
    const cmeCase = await CmeCasePage.on(page, 'Theo Brown');
    await cmeCase.banner('Referral recorded').waitFor();
    expect(page.url()).toBe(`${kit.web.url}/cme/${REFERRED_ID}`);
    await expectAccessible(page);
  });

  it('a read-only user reads the case with no record buttons', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', `/cme/${REFERRED_ID}`);
    await CmeCasePage.on(page, 'Theo Brown');
    for (const name of ['Record an enquiry', 'Record the outcome']) await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
    await page.goto(`${kit.web.url}/cme`);
    await CmeListPage.on(page);
    await expect(page.getByRole('button', { name: 'Record a referral' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
