import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot, waitFor } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import type { AlertView } from '../data/alerting.types';
import { alertingRoutes } from '../testing/alerting-stub';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { alert, amyAlerts, HIGH_RISK_ALERT_ID, officers } from '../testing/record-fixtures';
import { sseStub } from '../testing/sse-stub';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(120_000);

/** The alerts page: checks it is on it before acting. */
class AlertsPage {
  constructor(readonly page: Page) {}

  static async on(page: Page): Promise<AlertsPage> {
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    return new AlertsPage(page);
  }

  rows() {
    return this.page.locator('[data-hw-alerts-rows] tr');
  }

  announced(): Promise<string> {
    return this.page.locator('[data-hw-live-announcer]').innerText();
  }

  liveToggle(name: 'Pause live updates' | 'Resume live updates') {
    return this.page.getByRole('button', { name });
  }
}

describe('the alerts pages, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;
  const stream = sseStub();
  let feed: AlertView[] = amyAlerts(new Date());

  beforeAll(async () => {
    [kit, browser] = await Promise.all([
      startStaffWebKit({ directory: { 'GET /v1/officers': () => ({ body: officers() }) }, alerting: alertingRoutes(() => feed, stream) }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    stream.endAll();
    await closeBrowser(browser);
    await kit?.stop();
  });

  /** alerting raising an alert: in its feed, and out on every open stream. */
  function raise(id: string, kind: string, policeReference: string): AlertView {
    const raised = alert({
      id,
      kind,
      policeReference,
      raisedAt: new Date().toISOString(),
      summary: `Child reported missing at HIGH risk: strategy discussion required within 24 hours (police reference ${policeReference})`,
    });
    feed = [raised, ...feed];
    stream.push('alert', raised.id, raised);
    return raised;
  }

  it('adds a live alert on top without a reload, announces it politely, pauses and catches up, and acknowledges', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/alerts');
    const alerts = await AlertsPage.on(page);
    await alerts.liveToggle('Pause live updates').waitFor();
    await waitFor(() => stream.open === 1, { description: "the page's live stream open at alerting" });
    await expectAccessible(page);
    await page.evaluate('window.__sameDocument = true');
    const before = await alerts.rows().count();

    // Focus stays where the person left it while alerts arrive.
    await page.getByRole('link', { name: 'Refresh the alerts' }).focus();
    const live = raise('e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', 'HIGH_RISK', 'NT/26/004733');
    await page.locator(`#alert-${live.id}`).waitFor();
    await expect(alerts.rows().first().getAttribute('id')).resolves.toBe(`alert-${live.id}`);
    await expect(alerts.rows().count()).resolves.toBe(before + 1);
    await waitFor(async () => (await alerts.announced()).includes('New alert, high risk: Child reported missing at HIGH risk'), { description: 'the announcement' });
    await expect(page.evaluate('window.__sameDocument')).resolves.toBe(true);
    await expect(focusedText(page)).resolves.toBe('Refresh the alerts');
    await expect(page.locator(`#alert-${live.id}`).getByText('New', { exact: true }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.evaluate('document.activeElement.blur()');
    await screenshot(page, 'alerts');

    // Paused: the stream closes, and nothing arrives until it resumes, which catches up on what was raised meanwhile.
    await alerts.liveToggle('Pause live updates').click();
    await alerts.liveToggle('Resume live updates').waitFor();
    await waitFor(async () => (await alerts.announced()) === 'Live updates paused', { description: 'the pause announced' });
    await page.getByText('Live updates are paused.').waitFor();
    await waitFor(() => stream.open === 0, { description: 'the live stream closed while paused' });
    const meanwhile = raise('f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c', 'HIGH_RISK', 'NT/26/004801');
    await expect(page.locator(`#alert-${meanwhile.id}`).count()).resolves.toBe(0);
    await expectAccessible(page);
    await alerts.liveToggle('Resume live updates').click();
    await page.locator(`#alert-${meanwhile.id}`).waitFor();
    await expect(alerts.rows().first().getAttribute('id')).resolves.toBe(`alert-${meanwhile.id}`);
    await expect(alerts.rows().count()).resolves.toBe(before + 2);

    // The live row's Acknowledge works like any other.
    await page.locator(`#alert-${live.id}`).getByRole('button', { name: /^Acknowledge/ }).click();
    await page.getByText('Alert acknowledged').waitFor();
    await expect(page.locator(`#alert-${live.id}`).innerText()).resolves.toContain('Acknowledged by Casey Morgan');
    await expectAccessible(page);
  });

  it('given too many Homeward tabs open with live alerts (alerting refuses one more stream), then the page says so and why, and Resume tries again', async () => {
    const routes = kit.alerting.routes;
    const refusal = { statusCode: 429, error: 'Too Many Requests', message: 'too many live alert streams open: at most 5 at once for each officer (ALERT_STREAMS_PER_OFFICER); close one and try again' };
    kit.alerting.routes = { ...routes, 'GET /v1/alerts/stream': () => ({ status: 429, body: refusal }) };
    try {
      const page = await newStaffPage(browser);
      await signInAndOpen(page, kit.web.url, 'cmo', '/alerts');
      const alerts = await AlertsPage.on(page);
      const message = 'You have too many Homeward tabs open with live alerts: close one and reload this page to see new alerts as they are raised.';
      await page.locator('[data-hw-live-status]').getByText(message).waitFor();
      await waitFor(async () => (await alerts.announced()) === message, { description: 'the refusal announced' });
      await alerts.liveToggle('Resume live updates').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'alerts-too-many-streams');

      // A tab closed elsewhere: Resume opens the stream again without a reload.
      kit.alerting.routes = routes;
      const opened = stream.total;
      await alerts.liveToggle('Resume live updates').click();
      await stream.opened(opened + 1);
      await page.getByText('New alerts appear here as they are raised.').waitFor();
      await alerts.liveToggle('Pause live updates').click();
    } finally {
      kit.alerting.routes = routes;
    }
  });

  it('reaches the filters, refresh and pause by keyboard, and the filters narrow the feed', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/alerts');
    const alerts = await AlertsPage.on(page);
    await alerts.liveToggle('Pause live updates').waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Skip to main content
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedText(page));
    }
    expect(reached.slice(0, 5)).toEqual(['kind', 'unacknowledged', 'Apply filters', 'Refresh the alerts', 'Pause live updates']);

    await page.getByLabel('Kind').selectOption('TASK_UNCLAIMED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No alerts match these filters.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Unacknowledged only').check();
    await page.getByLabel('Kind').selectOption('HIGH_RISK');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/unacknowledged=true/);
    await expect(alerts.rows().count()).resolves.toBeGreaterThan(0);
    await expect(page.getByLabel('Unacknowledged only').isChecked()).resolves.toBe(true);
  });

  it("opens an alert's page from its e-mail link, signing in first, and acknowledges it there", async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', `/alerts/${HIGH_RISK_ALERT_ID}`);
    await page.getByRole('heading', { level: 1, name: 'High risk' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'alert');
    await page.getByRole('button', { name: /^Acknowledge/ }).click();
    await page.getByText('Alert acknowledged').waitFor();
    await expect(page.getByText('By Jordan Lee').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /^Acknowledge/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
