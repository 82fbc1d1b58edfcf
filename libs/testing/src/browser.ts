import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './local-stack';

/** Debian's Chromium: `npx playwright install` cannot download browsers on these machines. */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags STAFF-WEB.md gives for running Debian's Chromium as root, headless, quiet. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Headless Debian Chromium. Playwright itself gives every launch a new, empty --user-data-dir
 * (a temporary profile it deletes on close) and refuses one passed in the args.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  // Loaded here, so suites that never open a browser do not load playwright.
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}

/** A page as staff see it: London time, British English. (axe needs a page from a context.) */
export async function newStaffPage(browser: Browser): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  return context.newPage();
}

/** Fails naming each WCAG 2.2 AA violation axe finds on the page as it is now (open reveals first). */
export async function expectAccessible(page: Page): Promise<void> {
  const { AxeBuilder } = require('@axe-core/playwright') as typeof import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (v) => `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  throw new Error(`${results.violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

/** Fills a GOV.UK date input (its fieldset named by `legend`) with an ISO date, as a person types it (no leading zeros). */
export async function fillDateInput(page: Page, legend: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

/** docs/screenshots/<name>.png, the full page: committed and linked from the README. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(REPO_ROOT, 'docs', 'screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
