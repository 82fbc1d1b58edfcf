import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { signInAndOpen } from '../testing/browser-sign-in';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { EPISODE_2, ssda903Routes, VALID_CSV } from './ssda903-fixtures';

jest.setTimeout(120_000);

/** The return's page for one year: checks it is on it before acting. */
class Ssda903Page {
  constructor(readonly page: Page) {}

  static async on(page: Page, year: number): Promise<Ssda903Page> {
    await page.getByRole('heading', { level: 1, name: `SSDA903 Missing return ${year} to ${year + 1}` }).waitFor();
    return new Ssda903Page(page);
  }

  row(policeReference: string) {
    return this.page.getByRole('row').filter({ hasText: policeReference }).last();
  }
}

describe('the SSDA903 Missing return page, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit({ protocolEngine: ssda903Routes() }), launchBrowser()]);
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('a manager opens it from the navigation: the failure with its episode and child, defaults marked, no download; sets M/A on a row; accessibly', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/tasks');
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'SSDA903 Missing return' }).click();
    const report = await Ssda903Page.on(page, 2026);
    await expectAccessible(page);

    const failures = page.getByRole('table', { name: 'Failed checks, each with the episode to fix' });
    await expect(failures.getByRole('row').count()).resolves.toBe(2);
    await expect(failures.getByText('HW-CHILD').isVisible()).resolves.toBe(true);
    await expect(failures.getByRole('link', { name: 'NT/26/006001' }).getAttribute('href')).resolves.toMatch(/^#episode-/);
    await expect(failures.getByRole('link', { name: /No 903 identifier/ }).getAttribute('href')).resolves.toBe('/children/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d');
    await expect(page.getByRole('button', { name: /Download the CSV/ }).count()).resolves.toBe(0);
    await expect(page.getByText('The file cannot be downloaded until every failure below is fixed.').isVisible()).resolves.toBe(true);
    await expect(report.row('NT/26/005120').getByText('Default').isVisible()).resolves.toBe(true);
    await expect(report.row('NT/26/005120').getByText('away without authorisation', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(report.row('NT/26/006001').getByText('Fails HW-CHILD').isVisible()).resolves.toBe(true);
    await screenshot(page, 'report-ssda903-missing');

    await report.row('NT/26/005120').getByLabel('M or A for NT/26/005120').selectOption('M');
    await report.row('NT/26/005120').getByRole('button', { name: 'Save M or A for NT/26/005120' }).click();
    await page.getByText('Episode NT/26/005120 is now “missing” (M)').waitFor();
    const put = kit.protocolEngine.calls.find((c) => c.method === 'PUT');
    expect(put).toMatchObject({ path: `/v1/episodes/${EPISODE_2}/ssda903-absence-kind`, body: { kind: 'M' } });
    expect(put?.headers.authorization).toMatch(/^Bearer /);
    const after = await Ssda903Page.on(page, 2026);
    await expect(after.row('NT/26/005120').getByText('Set by jordan.lee').isVisible()).resolves.toBe(true);
    await expect(after.row('NT/26/005120').getByText('Default').count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('given a year whose return passes, the download button gives the DfE file exactly', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/reports/ssda903-missing');
    await Ssda903Page.on(page, 2026);
    await page.getByLabel('Collection year').selectOption('2025');
    await page.getByRole('button', { name: 'Show' }).click();
    await Ssda903Page.on(page, 2025);
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the CSV file for the DfE' }).click()]);
    expect(download.suggestedFilename()).toBe('ssda903-missing-2025-26.csv');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(VALID_CSV);
  });

  it('a read-only user sees the rows but no M/A forms; asking for the file of a failing year brings them back to the failures', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'reader', '/reports/ssda903-missing?year=2026');
    await Ssda903Page.on(page, 2026);
    await expect(page.getByRole('button', { name: /^Save/ }).count()).resolves.toBe(0);
    await page.goto(`${kit.web.url}/reports/ssda903-missing.csv?year=2026`);
    await page.getByText('The file is not ready').waitFor();
    await Ssda903Page.on(page, 2026);
  });
});
