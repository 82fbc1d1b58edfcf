import { closeBrowser, expectAccessible, fillDateInput, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { SCHOOL_KEY, schoolStubRoutes } from '../testing/school-fixtures';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** The school's sign-in page: checks it is on it before acting. */
class SchoolSignInPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<SchoolSignInPage> {
    await page.goto(`${baseUrl}/school/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in with your school’s key' }).waitFor();
    return new SchoolSignInPage(page);
  }

  async signIn(key: string): Promise<void> {
    await this.page.getByLabel('Your school’s key').fill(key);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.waitForLoadState('load');
  }
}

/** One return's form. */
class ReturnFormPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, heading: string): Promise<ReturnFormPage> {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByText('Riverside Academy', { exact: true }).first().waitFor();
    return new ReturnFormPage(page);
  }

  date(legend: string, iso: string): Promise<void> {
    return fillDateInput(this.page, legend, iso);
  }

  async pupilAndParent(): Promise<void> {
    const pupil = this.page.getByRole('group', { name: 'The pupil', exact: true });
    await pupil.getByLabel('Given name').fill('Amira');
    await pupil.getByLabel('Family name').fill('Khan');
    await this.date('Date of birth', '2013-09-14');
    await pupil.getByLabel('Unique pupil number (UPN) (optional)').fill('A123456789012');
    await pupil.getByLabel('Address', { exact: true }).fill('12 Mill Lane\nBulwell\nNottingham');
    await pupil.getByLabel('Postcode').fill('NG6 8AB');
    const parent = this.page.getByRole('group', { name: 'Parent or carer', exact: true });
    await parent.getByLabel('Full name').fill('Sara Khan');
    await parent.getByLabel('Relationship to the pupil (optional)').fill('Mother');
    await parent.getByLabel('Phone number for an emergency').fill('07700 900123');
    await parent.getByRole('group', { name: 'Does the pupil normally live with them?' }).getByLabel('Yes').check();
  }

  async send(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.waitForLoadState('load');
  }

  async problem(): Promise<void> {
    await this.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(focusedText(this.page)).resolves.toContain('There is a problem');
  }
}

describe("a school's returns, in a browser", () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(schoolStubRoutes()), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  async function signedInSchool(): Promise<Page> {
    const page = await newStaffPage(browser);
    const signIn = await SchoolSignInPage.open(page, kit.web.url);
    await signIn.signIn(SCHOOL_KEY);
    await page.getByRole('heading', { level: 1, name: 'Send a return to the local authority' }).waitFor();
    return page;
  }

  it("a school's staff sign in with the key from the keyboard, after a wrong key, and see the school's name and its four returns", async () => {
    const page = await newStaffPage(browser);
    const signIn = await SchoolSignInPage.open(page, kit.web.url);
    await expectAccessible(page);
    await signIn.signIn(`hws_${'W'.repeat(43)}`);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByRole('link', { name: /^The key is not right/ }).waitFor();
    await expect(page.getByLabel('Your school’s key').inputValue()).resolves.toBe('');
    await expectAccessible(page);
    await screenshot(page, 'school-sign-in-error');

    await page.getByRole('link', { name: /^The key is not right/ }).press('Enter');
    await expect(focusedText(page)).resolves.toBe('key');
    await page.keyboard.type(SCHOOL_KEY);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toMatch(/^Show/);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('Sign in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Send a return to the local authority' }).waitFor();
    await page.locator('.hw-header__name').getByText('Riverside Academy').waitFor();
    for (const name of ['Deletion return', 'New-pupil return', 'Absence notice', 'Sickness notice']) await page.getByRole('link', { name, exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'school-home');
  });

  it('a school sends a deletion on the 20-day ground: errors first with the answers kept, then the "not yet" and what is missing', async () => {
    const page = await signedInSchool();
    await page.getByRole('link', { name: 'Deletion return', exact: true }).click();
    const form = await ReturnFormPage.on(page, 'Send a deletion return');
    await expectAccessible(page);
    await page.getByLabel('Continuous absence of 20 school days').check();
    // The reveal: the first day of absence, asked for this ground only.
    await page.getByRole('group', { name: 'First day of absence' }).waitFor();
    await expectAccessible(page);
    await form.pupilAndParent();
    await page.getByLabel('Postcode', { exact: true }).fill('nowhere');
    await form.send('Send deletion return');
    await form.problem();
    for (const name of ['Enter the first day of absence', 'Enter the regulation the ground is in, for example 9', 'Enter the date of deletion', 'Enter a real postcode, like NG6 8AB']) {
      await page.getByRole('link', { name }).waitFor();
    }
    await expect(page.getByLabel('Continuous absence of 20 school days').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Given name').inputValue()).resolves.toBe('Amira');
    await expect(page.getByLabel('Postcode', { exact: true }).inputValue()).resolves.toBe('nowhere');
    await expectAccessible(page);
    await screenshot(page, 'school-deletion-error');

    await page.getByRole('link', { name: 'Enter the regulation the ground is in, for example 9' }).press('Enter');
    await expect(focusedText(page)).resolves.toBe('groundRegulation');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('groundParagraph');
    await page.keyboard.type('(1)(f)');
    await form.date('First day of absence', '2026-11-02');
    await form.date('Date of deletion', '2026-11-30');
    await page.getByLabel('Postcode', { exact: true }).fill('NG6 8AB');
    await form.send('Send deletion return');

    await page.getByRole('heading', { level: 1, name: 'Deletion return sent' }).waitFor();
    await page.locator('.govuk-panel').getByText('CME-2026-000042').waitFor();
    await page.getByText('You may not delete Amira Khan from your admission register yet.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'No other local authority has been asked' }).waitFor();
    await page.getByText(/The 20th school day of their absence is Friday 27 November 2026/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'school-deletion-sent');
  });

  it('a school sends an absence notice with a second parent and its own enquiry', async () => {
    const page = await signedInSchool();
    await page.getByRole('link', { name: 'Absence notice', exact: true }).click();
    const form = await ReturnFormPage.on(page, 'Send an absence notice');
    await form.pupilAndParent();
    const second = page.getByRole('group', { name: 'Second parent or carer (optional)' });
    await second.getByLabel('Full name').fill('Omar Khan');
    await second.getByLabel('Phone number for an emergency').fill('07700 900456');
    await second.getByRole('group', { name: 'Does the pupil normally live with them?' }).getByLabel('No').check();
    await form.date('First day of absence', '2026-11-02');
    await page.getByLabel('Continuous school days absent so far').fill('11');
    await page.getByLabel('Attendance codes for those days').fill('O O G O O O N O O O O');
    await form.date('Date of the first enquiry (optional)', '2026-11-04');
    await page.getByLabel('What the school did (first enquiry)').fill('Phoned both parents, no answer; letter sent home');
    await expectAccessible(page);
    await screenshot(page, 'school-absence');
    await form.send('Send absence notice');
    await page.getByRole('heading', { level: 1, name: 'Absence notice sent' }).waitFor();
    await page.getByText(/will make enquiries to find where they are being educated/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'school-absence-sent');
    const sent = kit.educationReferrals.calls.filter((c) => c.path === '/v1/school-returns/absences').at(-1);
    expect(sent?.body).toMatchObject({ parents: [{ name: 'Sara Khan', livesWithPupil: true }, { name: 'Omar Khan', livesWithPupil: false }], schoolDaysAbsent: 11 });
  });

  it("a school's session is refused the LA staff pages, and a staff session the school's", async () => {
    const school = await signedInSchool();
    await school.goto(`${kit.web.url}/cme`);
    await school.getByRole('heading', { level: 1, name: 'You cannot use this page' }).waitFor();
    await school.getByText(/This page is for the local authority's staff/).waitFor();
    await expectAccessible(school);
    await screenshot(school, 'school-refused-staff-page');
    await school.getByRole('link', { name: "Go to your school's returns" }).click();
    await school.getByRole('heading', { level: 1, name: 'Send a return to the local authority' }).waitFor();
    await school.getByRole('button', { name: 'Sign out' }).click();
    await school.getByText('You have signed out.').waitFor();

    const staff = await newStaffPage(browser);
    await signInAndOpen(staff, kit.web.url, 'cmo', '/tasks');
    await staff.goto(`${kit.web.url}/school/returns/deletion`);
    await staff.getByRole('heading', { level: 1, name: 'You cannot use this page' }).waitFor();
    await expect(staff.getByRole('heading', { name: 'Send a deletion return' }).count()).resolves.toBe(0);
    await expectAccessible(staff);
  });
});
