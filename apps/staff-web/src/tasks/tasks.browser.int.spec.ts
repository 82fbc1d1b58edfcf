import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser, Page } from 'playwright-core';
import { focusedText, signInAndOpen } from '../testing/browser-sign-in';
import { directoryRoutes, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { CME_CASE_ID, CME_TASK_ID, cmeTask, INTERVIEW_ID, OFFERED_ID, REVIEW_ID, STRATEGY_ID, teamStub, TeamStub, teamTasks } from './testing/task-fixtures';

jest.setTimeout(120_000);

/** The queue: checks it is on it (its heading) before acting. */
class QueuePage {
  constructor(readonly page: Page) {}

  static async on(page: Page, heading: 'My work' | 'Team queue'): Promise<QueuePage> {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return new QueuePage(page);
  }

  rows() {
    return this.page.locator('.hw-queue-table tbody tr');
  }

  async openFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show filter' }).click();
    await this.page.getByRole('button', { name: 'Apply filters' }).waitFor();
  }
}

/** A task's page, found by its heading. */
class TaskPage {
  static async on(page: Page, heading: string): Promise<TaskPage> {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return new TaskPage();
  }
}

/** The outcome form, found by its heading. */
class OutcomeForm {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, taskId: string, heading: string): Promise<OutcomeForm> {
    await page.goto(`${baseUrl}/tasks/${taskId}/outcome`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return new OutcomeForm(page);
  }

  async choose(option: string): Promise<void> {
    await this.page.getByRole('radio', { name: option }).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and go back to the task' }).click();
    await this.page.waitForLoadState('load');
  }

  async fillInstant(dateLegend: string, timeLabel: string, when: Date): Promise<void> {
    const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(when).split('/');
    const group = this.page.getByRole('group', { name: dateLegend });
    await group.getByLabel('Day').fill(d);
    await group.getByLabel('Month').fill(m);
    await group.getByLabel('Year').fill(y);
    await this.page.getByLabel(timeLabel).fill(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false }).format(when));
  }
}

/**
 * A full-page screenshot without the viewport changing size while it is taken: MOJ's filter
 * button reopens the filter when it sees the window resized.
 */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: (await page.evaluate('document.documentElement.scrollHeight')) as number });
  await screenshot(page, name);
}

describe('the work queue, a task and its outcome forms, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;
  let team: TeamStub;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([startStaffWebKit(), launchBrowser()]);
  });

  beforeEach(() => {
    team = teamStub(new Date());
    kit.directory.routes = { ...directoryRoutes(), ...team.directory };
    kit.protocolEngine.routes = { ...team.protocolEngine };
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await kit?.stop();
  });

  it('shows my work and the team queue, filters them, claims from the list, and says when there is nothing', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/tasks');
    const mine = await QueuePage.on(page, 'My work');
    await expect(mine.rows().count()).resolves.toBe(2);
    await expectAccessible(page);

    // The filters open from their button and are accessible open, and applied on the server.
    await mine.openFilters();
    await expectAccessible(page);
    await screenshot(page, 'queue-mine');
    await page.getByLabel('Only overdue work').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { name: 'Selected filters' }).waitFor();
    await expect(mine.rows().count()).resolves.toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Team queue', exact: true }).click();
    const teamQueue = await QueuePage.on(page, 'Team queue');
    await expect(teamQueue.rows().count()).resolves.toBe(4);
    await expectAccessible(page);
    await screenshotWhole(page, 'queue-team');

    // Sorted on the server: the header says the order to assistive technology too.
    await page.getByRole('link', { name: 'Deadline (sorted ascending)' }).click();
    await page.getByRole('link', { name: 'Deadline (sorted descending)' }).waitFor();
    await expect(page.locator('th[aria-sort="descending"]').innerText()).resolves.toContain('Deadline');

    await page.getByRole('button', { name: "Claim return interview, NT/26/003981 for Amy O'Neil" }).click();
    await page.getByText("You claimed the return interview for Amy O'Neil").waitFor();
    await QueuePage.on(page, 'Team queue');
    await expect(page.getByRole('button', { name: /^Claim/ }).count()).resolves.toBe(0);
    await expectAccessible(page);

    team.tasks.length = 0;
    await page.goto(`${kit.web.url}/tasks`);
    await QueuePage.on(page, 'My work');
    await page.getByText('You have no open work.').waitFor();
    await expectAccessible(page);
  });

  it('walks the queue by keyboard: tabs, counts, filter, search, then the rows in reading order', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/tasks?view=team');
    await QueuePage.on(page, 'Team queue');
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let i = 0; i < 11; i++) {
      await page.keyboard.press('Tab');
      reached.push((await focusedText(page)).replace(/\s+/g, ' '));
    }
    expect(reached).toEqual([
      'My work',
      'Team queue',
      '1 overdue',
      '1 unclaimed',
      'Show filter',
      'q',
      'Search',
      'Task',
      'Priority',
      'Who has it',
      expect.stringMatching(/^Deadline/),
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toMatch(/^Amy O'Neil\s*: strategy discussion/);
    await page.keyboard.press('Enter');
    await TaskPage.on(page, "Strategy discussion for Amy O'Neil");
  });

  it("shows a task with the child in view, its history as a timeline, and the actions the role allows, by keyboard too", async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', '/tasks?view=team');
    await page.getByRole('link', { name: /^Amir Okafor ?: return interview, NT\/26\/005120$/ }).click();
    await TaskPage.on(page, 'Return interview for Amir Okafor');
    await page.locator('.moj-timeline').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'task');

    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // skip to main content
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      reached.push((await focusedText(page)).replace(/\s+/g, ' '));
    }
    expect(reached).toEqual(['Record what happened', 'View the record of Amir Okafor (The child)', expect.stringMatching(/^Record what happened/)]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Record the return interview for Amir Okafor' }).waitFor();
  });

  it('records an interview held, through its reveal, with GOV.UK errors first', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/tasks/${OFFERED_ID}/outcome`);
    const form = await OutcomeForm.open(page, kit.web.url, OFFERED_ID, 'Record the return interview for Amir Okafor');
    await expectAccessible(page);

    await form.choose('The interview was held');
    await page.getByLabel('Summary of the interview').waitFor({ state: 'visible' });
    await form.fillInstant('Date the interview was held', 'Time the interview was held', new Date(Date.now() - 3 * 3_600_000));
    await expectAccessible(page);
    await screenshot(page, 'outcome-return-interview');

    await form.save();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Error: Record the return interview for Amir Okafor – Homeward');
    await expect(page.evaluate('document.activeElement.classList.contains("govuk-error-summary")')).resolves.toBe(true);
    // The reveal stays open with the answers in it.
    await expect(page.getByLabel('Time the interview was held').inputValue()).resolves.toMatch(/^\d{2}:\d{2}$/);
    await expectAccessible(page);
    await screenshot(page, 'outcome-error');

    await page.getByRole('link', { name: 'Enter a summary of the interview' }).click();
    await expect(focusedText(page)).resolves.toBe('summary');
    await page.keyboard.type('Stayed with a friend in Derby. Wants more contact with her sister.');
    await page.getByRole('group', { name: "Was the interviewer independent of the child's care?" }).getByLabel('Yes').check();
    await form.save();
    await page.getByText('Interview recorded').waitFor();
    await TaskPage.on(page, 'Return interview for Amir Okafor');
    await page.getByText('Stayed with a friend in Derby.').waitFor();
    await expectAccessible(page);
  });

  it('shows every outcome form state accessibly: offered and not offered, declined, a meeting, work done', async () => {
    const page = await newStaffPage(browser);
    // Claimed return interview: offered, or not offered.
    Object.assign(team.tasks.find((t) => t.id === OFFERED_ID) ?? {}, { status: 'CLAIMED', outcome: {} });
    await signInAndOpen(page, kit.web.url, 'manager', `/tasks/${OFFERED_ID}/outcome`);
    let form = await OutcomeForm.open(page, kit.web.url, OFFERED_ID, 'Record the return interview for Amir Okafor');
    await form.choose('The interview was offered');
    await page.getByRole('group', { name: 'How was it offered?' }).waitFor();
    await expectAccessible(page);
    await form.choose('No interview will be offered');
    await page.getByRole('group', { name: 'Why will no interview be offered?' }).waitFor();
    await form.save();
    await page.getByRole('link', { name: 'Select why no interview will be offered' }).waitFor();
    await expectAccessible(page);

    // Offered: accepted, declined (its reason), held.
    Object.assign(team.tasks.find((t) => t.id === OFFERED_ID) ?? {}, { status: 'OFFERED' });
    form = await OutcomeForm.open(page, kit.web.url, OFFERED_ID, 'Record the return interview for Amir Okafor');
    await form.choose('The interview was declined');
    await page.getByRole('group', { name: 'Why was it declined?' }).waitFor();
    await expectAccessible(page);
    await form.choose('The child accepted the interview');
    await page.getByRole('group', { name: 'Date the child accepted' }).waitFor();
    await expectAccessible(page);

    form = await OutcomeForm.open(page, kit.web.url, STRATEGY_ID, "Record the strategy discussion for Amy O'Neil");
    await expectAccessible(page);
    await form.save();
    await page.getByRole('link', { name: 'Select the agencies that took part' }).waitFor();
    await expectAccessible(page);

    form = await OutcomeForm.open(page, kit.web.url, REVIEW_ID, 'Record the work as done: review the episode for Amir Okafor');
    await form.fillInstant('Date the work was done', 'Time the work was done', new Date(Date.now() - 60_000));
    await form.save();
    await page.getByText('Work recorded as done').waitFor();
    await expectAccessible(page);
  });

  it('lets a manager reassign, unclaim and cancel from the task page, through GOV.UK forms with their errors first, and shows each in the history', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', `/tasks/${OFFERED_ID}`);
    await TaskPage.on(page, 'Return interview for Amir Okafor');
    await page.getByRole('heading', { name: 'Manage this task' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Reassign this task to another officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Give the return interview for Amir Okafor to another officer' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Give them the task' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toBe('Error: Give the return interview for Amir Okafor to another officer – Homeward');
    await expect(page.evaluate('document.activeElement.classList.contains("govuk-error-summary")')).resolves.toBe(true);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Select who to give the task to' }).click();
    await page.getByRole('radio', { name: 'Rowan Patel' }).check();
    await page.getByRole('button', { name: 'Give them the task' }).click();
    await page.getByText('You gave the return interview for Amir Okafor to Rowan Patel').waitFor();
    await page.getByText('Reassigned to Rowan Patel').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Unclaim: put this task back in the team queue' }).click();
    await page.getByText('The return interview for Amir Okafor is back in the team queue').waitFor();
    await page.getByText('Put back in the team queue').first().waitFor();

    await page.goto(`${kit.web.url}/tasks/${INTERVIEW_ID}`);
    await TaskPage.on(page, "Return interview for Amy O'Neil");
    await page.getByRole('button', { name: 'Cancel this task' }).click();
    await page.getByRole('heading', { level: 1, name: "Cancel the return interview for Amy O'Neil" }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, cancel this task' }).click();
    await page.getByRole('link', { name: 'Select why the task is cancelled' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'task-cancel-error');
    await page.getByRole('radio', { name: 'The police report was made in error' }).check();
    await page.getByRole('button', { name: 'Yes, cancel this task' }).click();
    await page.getByText("You cancelled the return interview for Amy O'Neil").waitFor();
    await page.getByText('The police report was made in error').waitFor();
    await expect(page.getByRole('heading', { name: 'Manage this task' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('shows a CME task with its case, no outcome form, and the line saying the case closes it', async () => {
    // Built with the others, so its history (opened by its case) is there too.
    const now = new Date();
    team = teamStub(now, [...teamTasks(now), cmeTask(now)]);
    kit.directory.routes = { ...directoryRoutes(), ...team.directory };
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/tasks/${CME_TASK_ID}`);
    await TaskPage.on(page, 'Make the reasonable enquiries (missing education)');
    await page.getByText('The enquiries and the outcome are recorded on the CME case: this task closes when the case does.').waitFor();
    await expect(page.getByRole('link', { name: 'Open the CME case CME-2026-000042' }).getAttribute('href')).resolves.toBe(`/cme/${CME_CASE_ID}`);
    await expect(page.getByRole('button', { name: 'Claim this task' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /Record what happened/ }).count()).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/null|undefined/);
    await expectAccessible(page);
    await screenshotWhole(page, 'task-cme');
  });

  it("hides the outcome forms from a CMO on a colleague's task, and says whose it is", async () => {
    Object.assign(team.tasks.find((t) => t.id === OFFERED_ID) ?? {}, { assignee: 'cover' });
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'cmo', `/tasks/${OFFERED_ID}`);
    await TaskPage.on(page, 'Return interview for Amir Okafor');
    await page.getByText("This task is Rowan Patel's. Only they or a manager can record what happened.").waitFor();
    await expect(page.getByRole('button', { name: 'Record what happened' }).count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
