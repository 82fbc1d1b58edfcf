import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { signInAndOpen } from '../../testing/browser-sign-in';
import { signedInAgent, StaffWebKit, startStaffWebKit } from '../../testing/staff-web-test-kit';
import { cmeFigures, complianceByResponsibility, yearlyCounts, yearlyFiguresRoutes } from './yearly-figures-fixtures';
import { yearlyFiguresCsv, yearlyFiguresModel } from './yearly-figures-page';

jest.setTimeout(120_000);
const YEAR_TEXT = '1 April 2026 to 31 March 2027';

/** The figures page for one year: checks it is on it before acting. */
class YearlyFiguresPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, year: number): Promise<YearlyFiguresPage> {
    await page.getByRole('heading', { level: 1, name: `Yearly and board figures ${year} to ${year + 1}` }).waitFor();
    return new YearlyFiguresPage(page);
  }

  figure(heading: string) {
    return this.page.getByRole('region', { name: heading, exact: true });
  }
}

describe('the yearly and board figures, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(yearlyFiguresRoutes()), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a manager reads each figure as a table, then as a chart readable in black and white; accessibly', async () => {
    const page = await newStaffPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAndOpen(page, kit.web.url, 'manager', '/reports/yearly-figures?year=2026');
    const report = await YearlyFiguresPage.on(page, 2026);
    // One table and one chart a figure, each with its own tabs.
    await expect(page.getByRole('tab', { name: 'Chart' }).count()).resolves.toBe(6);
    await expect(page.getByText('A repeat episode is an episode of a child who had already been missing before in the same year', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Trend, offered within 72 hours: up from 50% (April to June) to 100% (January to March).').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'report-yearly-figures');

    // staff-web asked compliance-tracker for the year split by protocol-engine's home authority.
    const asked = kit.directory.calls.find((c) => c.path === '/v1/compliance');
    expect(Object.fromEntries(asked?.query ?? [])).toEqual({ from: '2026-04-01', to: '2027-03-31', homeAuthority: 'E10000024' });
    expect(kit.educationReferrals.calls.find((c) => c.path === '/v1/cme-figures')?.query.get('to')).toBe('2027-03-31');

    const placedHere = report.figure('Return home interviews: children placed here by other authorities');
    await placedHere.getByRole('tab', { name: 'Chart' }).click();
    await expect(placedHere.getByRole('img').locator('text', { hasText: 'none due' }).count()).resolves.toBe(2);
    await expect(placedHere.getByText('Held within 72 hours (striped bars)').isVisible()).resolves.toBe(true);
    const byMonth = report.figure('Notifications, episodes and children by month');
    await byMonth.getByRole('tab', { name: 'Chart' }).click();
    const chart = byMonth.getByRole('img', { name: `Police notifications, missing episodes and children, by month, ${YEAR_TEXT}. The same figures are in the table.` });
    await chart.waitFor();
    await expect(byMonth.getByRole('table').isVisible()).resolves.toBe(false);
    // 12 months of three bars, each with its value; the fills are named in the legend, so colour is never needed.
    await expect(chart.locator('rect[stroke]').count()).resolves.toBe(36);
    await expect(chart.locator('text', { hasText: /^15$/ }).count()).resolves.toBeGreaterThan(0);
    await expect(byMonth.getByText('Children (dotted bars)').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'report-yearly-figures-chart');

    // On paper: the tables and the charts both, no form, no tabs.
    await page.emulateMedia({ media: 'print' });
    await expect(byMonth.getByRole('table').isVisible()).resolves.toBe(true);
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Show' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'report-yearly-figures-print');
  });

  it('the CSV link gives every table in turn, exactly', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', '/reports/yearly-figures?year=2026');
    await YearlyFiguresPage.on(page, 2026);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these figures as a CSV file' }).click()]);
    expect(download.suggestedFilename()).toBe('yearly-figures-2026-27.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv).toBe(yearlyFiguresCsv(yearlyFiguresModel({ counts: yearlyCounts(), compliance: complianceByResponsibility(), cme: cmeFigures() }, YEAR_TEXT)));
    expect(csv.split('\r\n').slice(0, 3)).toEqual([`\uFEFF"Police notifications, missing episodes and children, by month, ${YEAR_TEXT}"`, 'Month,Notifications,Episodes,Children', 'April 2026,12,4,4']);
  });

  it('without JavaScript each table is all there is; a protocol administrator is refused the page and the file', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Europe/London' });
    const page = await context.newPage();
    await signInAndOpen(page, kit.web.url, 'cmo', '/reports/yearly-figures?year=2026');
    await expect(page.getByRole('table').count()).resolves.toBe(6);
    await expect(page.getByRole('tab').count()).resolves.toBe(0);
    await context.close();

    const { agent } = await signedInAgent(kit.web.url, 'admin');
    await agent.get('/reports/yearly-figures?year=2026').expect(403);
    await agent.get('/reports/yearly-figures.csv?year=2026').expect(403);
  });
});
