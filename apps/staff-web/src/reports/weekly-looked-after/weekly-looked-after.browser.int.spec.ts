import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { signInAndOpen } from '../../testing/browser-sign-in';
import { StaffWebKit, startStaffWebKit } from '../../testing/staff-web-test-kit';
import { WEEK, weeklyRoutes } from './weekly-fixtures';

jest.setTimeout(120_000);

/** The weekly report of one week: checks it is on it before acting. */
class WeeklyReportPage {
  constructor(readonly page: Page) {}

  static async on(page: Page, label: string): Promise<WeeklyReportPage> {
    await page.getByRole('heading', { level: 1, name: `Looked-after children missing: ${label}` }).waitFor();
    return new WeeklyReportPage(page);
  }

  table(name: RegExp) {
    return this.page.getByRole('table', { name });
  }

  row(policeReference: string) {
    return this.page.getByRole('row').filter({ hasText: policeReference });
  }
}

describe('the weekly looked-after children missing report, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;
  const path = `/reports/weekly-looked-after?week=${WEEK}`;

  beforeAll(async () => {
    const routes = weeklyRoutes();
    [kit, browser] = await Promise.all([startStaffWebKit({ protocolEngine: routes.protocolEngine, directory: routes.directory }), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a manager reads the week: the counts, our children then those placed here, each with its RHI joined by episode; accessibly', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', path);
    const report = await WeeklyReportPage.on(page, 'Monday 23 November to Sunday 29 November 2026');
    await expectAccessible(page);

    const counts = page.getByRole('list', { name: 'The week at a glance' });
    expect((await counts.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual(['4 episodes', '4 children', '1 still missing at the end of the week', '2 high risk', '1 return interview overdue']);
    await expect(report.table(/^Our looked-after children/).getByRole('row').count()).resolves.toBe(3);
    await expect(report.table(/^Children placed here/).getByRole('row').count()).resolves.toBe(3);

    const amy = report.row('NT/26/004512');
    await expect(amy.innerText()).resolves.toMatch(/Medium \(Tuesday 24 November 2026 at 6pm\) then High \(Wednesday 25 November 2026 at 9am\)/);
    await expect(amy.getByText('Victoria bus station, NG1 5FS; returned to Foster carer').isVisible()).resolves.toBe(true);
    await expect(amy.getByText('Responsible: Us, arranged in the NOTTS area').isVisible()).resolves.toBe(true);
    await expect(amy.getByText(/^Multi-agency meeting, due/).isVisible()).resolves.toBe(true);
    await expect(report.row('WY/26/007001').getByText('Overdue', { exact: true }).isVisible()).resolves.toBe(true);
    const kai = report.row('WY/26/007044');
    await expect(kai.getByText('Still missing').isVisible()).resolves.toBe(true);
    await expect(kai.getByText("Children's home: Oakfield House").isVisible()).resolves.toBe(true);
    await expect(report.row('WY/26/007090').getByText('No placement notice').isVisible()).resolves.toBe(true);
    await expect(report.row('WY/26/007090').getByText('Responsible: Placing authority (E08000036)').isVisible()).resolves.toBe(true);
    await screenshot(page, 'report-weekly-looked-after');

    const asked = kit.directory.calls.find((c) => c.path === '/v1/episode-work');
    expect(asked?.headers.authorization).toMatch(/^Bearer /);
    const reportCall = kit.protocolEngine.calls.find((c) => c.path === '/v1/reports/weekly-looked-after');
    expect(reportCall?.query.get('week')).toBe(WEEK);
    expect(asked?.query.get('episodeIds')?.split(',')).toHaveLength(4);
  });

  it('printed, the page is the counts and the tables only', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', path);
    await WeeklyReportPage.on(page, 'Monday 23 November to Sunday 29 November 2026');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Show' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /Download/ }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Pages' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('list', { name: 'The week at a glance' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: /^Children placed here/ }).isVisible()).resolves.toBe(true);
  });

  it('a CMO downloads the CSV: one line an episode, ours first, in the words of the page', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', path);
    await WeeklyReportPage.on(page, 'Monday 23 November to Sunday 29 November 2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`weekly-looked-after-missing-${WEEK}.csv`);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('Part,Child,LA child id,Age,Police reference,Force,Placement,Placing authority,Missing since,Found,Missing at the end of the week,Duration,Risk,Risk changes,Flags,Found location,Repeat count,RHI,RHI on time,RHI responsible,Open actions');
    expect(lines.slice(1, 5).map((l) => l.split(',')[0])).toEqual(['Our child', 'Our child', 'Placed here by another authority', 'Placed here by another authority']);
    expect(lines[3]).toContain('Kai Brennan,,16,WY/26/007044,WYP,Children\'s home: Oakfield House,E08000035,Friday 27 November 2026 at 4pm,Still missing,Yes,2 days 16 hours,High,,Child sexual exploitation (CSE),,1,When found,,,');
    expect(lines[2]).toContain('"Victoria bus station, NG1 5FS; returned to Foster carer",2,Declined,Offered on time,"Us, arranged in the NOTTS area"');
    expect(lines[5]).toBe('');
  });

  it('a protocol admin may not read the report', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'admin', path);
    const res = await page.goto(`${kit.web.url}${path}`);
    expect(res?.status()).toBe(403);
  });
});
