import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { complianceFiguresFor } from '../testing/figures-fixtures';
import { PASSWORD, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

/** The compliance page as a manager uses it: checks it is on the right page before acting. */
class CompliancePage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<CompliancePage> {
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Compliance figures' }).waitFor();
    return new CompliancePage(page);
  }

  async choosePeriod(from: [string, string, string], to: [string, string, string]): Promise<void> {
    const fill = async (legend: string, [day, month, year]: [string, string, string]) => {
      const group = this.page.getByRole('group', { name: legend });
      await group.getByLabel('Day').fill(day);
      await group.getByLabel('Month').fill(month);
      await group.getByLabel('Year').fill(year);
    };
    await fill('Start date', from);
    await fill('End date', to);
    await this.page.getByRole('button', { name: 'Show figures' }).click();
  }
}

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/tasks/);
}

/** The focused element's aria-label or id, then its text: "|Show figures", "Chart, scrolls sideways|...". */
const focusedText = (page: Page) =>
  page.evaluate<string>("(e => e ? (e.getAttribute('aria-label') || e.id || '') + '|' + (e.innerText || '').trim() : '')(document.activeElement)");

describe('the compliance figures, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([
      startStaffWebKit({
        directory: {
          'GET /v1/compliance': (req) => {
            const [from, to] = [req.query.get('from')!, req.query.get('to')!];
            // 2019 had no work at all: the empty state.
            return { body: complianceFiguresFor(from, to, { emptyMonths: from.startsWith('2019') ? Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`) : [] }) };
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

  it('shows the totals and the months as a table, with the chart in its own tab, by keyboard and accessibly', async () => {
    const page = await newStaffPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, kit.web.url);
    const compliance = await CompliancePage.open(page, `${kit.web.url}/compliance?from=2025-04-01&to=2026-03-31`);
    await page.getByRole('tab', { name: 'Table' }).waitFor();
    await expect(page.getByRole('table').locator('caption').innerText()).resolves.toBe('Return home interviews and meetings by month, 1 April 2025 to 31 March 2026');
    await expectAccessible(page);
    await screenshot(page, 'compliance');

    // From the end date's year: the button, then the tabs.
    await page.getByRole('group', { name: 'End date' }).getByLabel('Year').focus();
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toMatch(/Show figures$/);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toMatch(/Table$/);
    await page.keyboard.press('ArrowRight');
    await expect(focusedText(page)).resolves.toMatch(/Chart$/);
    await expect(page.getByRole('tab', { name: 'Chart' })).toBeTruthy();
    const chart = page.getByRole('img', { name: /offered and held within 72 hours/ });
    await chart.waitFor();
    await expect(page.getByRole('table').isVisible()).resolves.toBe(false);
    // Every month has its two bars labelled with their values, and the legend names the fills.
    await expect(chart.locator('text', { hasText: /%$/ }).count()).resolves.toBeGreaterThan(24);
    await expect(page.getByText('Held within 72 hours (striped bars)').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toMatch(/^Chart, scrolls sideways/);
    await expectAccessible(page);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await screenshot(page, 'compliance-chart');

    await compliance.choosePeriod(['1', '1', '2019'], ['31', '12', '2019']);
    await page.waitForURL(`${kit.web.url}/compliance?from=2019-01-01&to=2019-12-31`);
    await page.getByRole('heading', { name: '1 January 2019 to 31 December 2019' }).waitFor();
    await expect(page.getByRole('table').locator('tbody tr').count()).resolves.toBe(12);
    await page.getByRole('tab', { name: 'Chart' }).click();
    await expect(page.getByRole('img', { name: /offered and held/ }).locator('text', { hasText: 'none due' }).count()).resolves.toBe(12);
    await expectAccessible(page);
  });

  it('without JavaScript, the table is all there is', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await signIn(page, kit.web.url);
    await CompliancePage.open(page, `${kit.web.url}/compliance?from=2025-10-01&to=2025-12-31`);
    await expect(page.getByRole('table').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab').count()).resolves.toBe(0);
    await expect(page.getByText('Chart').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows what is wrong with the period, the answers kept, focus on the summary', async () => {
    const page = await newStaffPage(browser);
    await signIn(page, kit.web.url);
    const compliance = await CompliancePage.open(page, `${kit.web.url}/compliance`);
    await compliance.choosePeriod(['2', '10', '2025'], ['1', '10', '2025']);
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Error: Compliance figures – Homeward');
    await expect(page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Start date' }).getByLabel('Day').inputValue()).resolves.toBe('2');
    await expectAccessible(page);

    await compliance.choosePeriod(['30', '2', '2025'], ['1', '10', '2025']);
    await page.getByRole('link', { name: 'Start date must be a real date' }).waitFor();
    await expectAccessible(page);
  });
});
