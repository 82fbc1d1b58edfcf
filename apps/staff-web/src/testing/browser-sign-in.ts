/** Test-only: signing in through the sign-in page, as a person does, before a browser test's page. */
import type { Page } from 'playwright-core';
import { PASSWORD, STAFF } from './staff-web-test-kit';

/** Opens `path` (sign-in sends the person there after) and signs in as `who`. */
export async function signInAndOpen(page: Page, baseUrl: string, who: keyof typeof STAFF, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Username').fill(STAFF[who].username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}${path}`);
}

/** What has focus now: a field's id, or a control's visible text. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return '';
    return (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) ? el.id : el.innerText || '').trim();
  })()`) as Promise<string>;
}
