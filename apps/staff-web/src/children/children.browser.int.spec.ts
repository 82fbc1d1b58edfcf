import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { CURRENT_REF, EARLIER_REF, recordStubRoutes } from '../testing/record-fixtures';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** The search page: checks it is on it before acting. */
class ChildSearchPage {
  constructor(readonly page: Page) {}

  static async on(page: Page): Promise<ChildSearchPage> {
    await page.getByRole('heading', { level: 1, name: 'Find a child' }).waitFor();
    return new ChildSearchPage(page);
  }

  async search(q: string): Promise<void> {
    await this.page.getByLabel('Name, date of birth, police reference or LA id').fill(q);
    await this.page.getByRole('button', { name: 'Search' }).click();
    await this.page.waitForLoadState('load');
  }
}

describe('finding a child and reading their record, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(recordStubRoutes(new Date())), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('searches from the header, shows errors, matches and no match accessibly, then opens the record', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/tasks');
    await page.getByRole('link', { name: 'Find a child' }).click();
    const search = await ChildSearchPage.on(page);
    await expectAccessible(page);

    await search.search('');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Error: Find a child – Homeward');
    await expect(page.evaluate('document.activeElement.classList.contains("govuk-error-summary")')).resolves.toBe(true);
    await expectAccessible(page);

    await search.search('Zebedee');
    await page.getByRole('heading', { name: 'No children match “Zebedee”' }).waitFor();
    await expectAccessible(page);

    await search.search('Amy');
    await page.getByRole('heading', { name: '2 children match “Amy”' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-search');

    await page.getByRole('link', { name: "Amy O'Neil" }).click();
    await page.getByRole('heading', { level: 1, name: "Amy O'Neil" }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'child-record');
  });

  it('reads the record by keyboard and prints without the navigation and controls', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/children/search?q=NT%2F26%2F004512');
    await page.getByRole('link', { name: "Amy O'Neil" }).click();
    await page.getByRole('heading', { level: 1, name: "Amy O'Neil" }).waitFor();

    // Skip the header, then Tab through the record's controls in reading order.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedText(page));
    }
    expect(reached).toEqual(
      expect.arrayContaining([`episode ${CURRENT_REF}`, 'Who has viewed this record', expect.stringMatching(/^Strategy discussion/), expect.stringMatching(/^High risk/)]),
    );
    expect(reached.indexOf(`episode ${CURRENT_REF}`)).toBeLessThan(reached.indexOf('Who has viewed this record'));
    // The in-page link goes where it says.
    await page.getByRole('link', { name: `episode ${CURRENT_REF}`, exact: true }).press('Enter');
    expect(page.url()).toMatch(/#episode-/);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.govuk-service-navigation').isVisible()).resolves.toBe(false);
    await expect(page.locator('.govuk-breadcrumbs').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: `Episode ${EARLIER_REF}` }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'child-record-print');
  });
});
