import { closeBrowser, expectAccessible, launchBrowser, newStaffPage, screenshot } from '@homeward/testing';
import type { Browser } from 'playwright-core';
import type { TaskView } from '../../data/compliance-tracker.types';
import type { MonthlyPack } from '../../data/protocol-engine.types';
import { signInAndOpen } from '../../testing/browser-sign-in';
import { AMY_ID, OTHER_ID } from '../../testing/record-fixtures';
import { StaffWebKit, startStaffWebKit } from '../../testing/staff-web-test-kit';
import { chosenMonth } from './pack-month-choice';

jest.setTimeout(120_000);

const MONTH = chosenMonth(undefined, new Date());
const DAY = 86_400_000;
const monthBefore = (month: string) => {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
};
const amy = { childId: AMY_ID, givenName: 'Amy', familyName: "O'Neil" };
const amir = { childId: OTHER_ID, givenName: 'Amir', familyName: 'Okafor' };

/** protocol-engine's pack, in its real shape: Amy persistent and CSE, Amir high risk; two hotspots. */
function pack(month: string): MonthlyPack {
  return {
    month,
    previousMonth: monthBefore(month),
    asOf: new Date().toISOString(),
    children: [
      {
        ...amy, dateOfBirth: '2012-05-04', localAuthorityId: 'LA-448812',
        reasons: [
          { criterion: 'MONTHLY_MEETING', reason: 'Persistent missing: 3 or more episodes in a rolling 90 days', since: `${month}-09T10:05:00.000Z`, leftAt: null },
          { criterion: 'CSE_MEETING', reason: 'CSE or CCE flag: risk raised to at least HIGH, strategy discussion, listed for the CSE meeting', since: `${month}-05T10:05:00.000Z`, leftAt: null },
        ],
        episodes: [
          { episodeId: 'e0000000-0000-4000-8000-000000000001', policeReference: 'NT/26/004512', force: 'NOTTS', missingSince: `${month}-05T10:00:00.000Z`, foundAt: `${month}-06T10:00:00.000Z`, riskLevel: 'MEDIUM', vulnerabilities: ['CSE'], foundLocation: 'Victoria Bus Station, NG1 6DN' },
          { episodeId: 'e0000000-0000-4000-8000-000000000002', policeReference: 'NT/26/004600', force: 'NOTTS', missingSince: `${month}-20T10:00:00.000Z`, foundAt: null, riskLevel: 'HIGH', vulnerabilities: [], foundLocation: null },
        ],
      },
      {
        ...amir, dateOfBirth: '2010-11-19', localAuthorityId: 'LA-501177',
        reasons: [{ criterion: 'HIGH_RISK', reason: 'Graded high risk by the police in the month', since: `${month}-10T10:00:00.000Z`, leftAt: null }],
        episodes: [{ episodeId: 'e0000000-0000-4000-8000-000000000003', policeReference: 'NT/26/004700', force: 'NOTTS', missingSince: `${month}-10T10:00:00.000Z`, foundAt: `${month}-11T10:00:00.000Z`, riskLevel: 'HIGH', vulnerabilities: [], foundLocation: 'Market Square' }],
      },
    ],
    hotspots: [
      { by: 'POSTCODE_DISTRICT', key: 'NG1', label: 'NG1', reports: 3, foundReports: 1, lastSeenReports: 2, reportsMonthBefore: 1, change: 2, episodes: 2, children: [amy, amir] },
      { by: 'PLACE', key: 'market square', label: 'Market Square', reports: 2, foundReports: 1, lastSeenReports: 1, reportsMonthBefore: 4, change: -2, episodes: 2, children: [amy, amir] },
    ],
  };
}

function task(id: string, type: string, childId: string, dueAt: string): TaskView {
  return {
    id, type, status: 'CLAIMED', priority: 'NORMAL', dueAt, dueAtLondon: dueAt, policeReference: 'NT/26/004512', reasons: [], assignee: 'cmo', responsibleAuthority: null,
    episodeId: null, childId, decisionId: null, outcome: {}, claimedAt: dueAt, closedAt: null, createdAt: dueAt,
  };
}
const OVERDUE = task('a0000000-0000-4000-8000-000000000001', 'MULTI_AGENCY_MEETING', AMY_ID, new Date(Date.now() - 2 * DAY).toISOString());
const COMING = task('a0000000-0000-4000-8000-000000000002', 'RETURN_INTERVIEW', AMY_ID, new Date(Date.now() + 2 * DAY).toISOString());

describe('the monthly multi-agency meeting pack, in a browser', () => {
  let kit: StaffWebKit;
  let browser: Browser;

  beforeAll(async () => {
    [kit, browser] = await Promise.all([
      startStaffWebKit({
        protocolEngine: { 'GET /v1/reports/monthly-pack': (req) => ({ body: pack(req.query.get('month') ?? '') }) },
        directory: {
          'GET /v1/tasks': (req) => {
            const items = req.query.get('overdue') === 'true' ? [OVERDUE] : req.query.get('childId') === AMY_ID ? [OVERDUE, COMING] : [];
            return { body: { items, total: items.length, page: 1, pageSize: 100, counts: { overdue: 1, dueToday: 0, unclaimed: 0 } } };
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

  it('a manager opens last month’s pack from Reports: the children with why, episodes and open actions, the hotspots with their change, the overdue actions; accessibly', async () => {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/reports');
    await page.getByRole('link', { name: 'Monthly multi-agency meeting pack' }).click();
    await page.getByRole('heading', { level: 1, name: /^Meeting pack: / }).waitFor();
    await expectAccessible(page);

    const glance = await page.getByRole('list', { name: 'The pack at a glance' }).getByRole('listitem').allInnerTexts();
    expect(glance.map((text) => text.replace(/\s+/g, ' '))).toEqual(['2 children', '1 on the monthly meeting list', '1 on the CSE meeting list', '1 high risk', '2 hotspots', '1 action overdue']);
    const children = page.locator('#pack-children tbody tr');
    await expect(children.count()).resolves.toBe(2);
    const amyRow = await children.nth(0).innerText();
    expect(amyRow).toContain("Amy O'Neil");
    expect(amyRow).toContain('Persistent missing: 3 or more episodes in a rolling 90 days');
    expect(amyRow).toContain('Found: Victoria Bus Station, NG1 6DN');
    expect(amyRow).toContain('still missing');
    expect(amyRow).toMatch(/Multi-agency meeting[\s\S]*Overdue/);
    await expect(children.nth(1).innerText()).resolves.toContain('None open');

    await expect(page.locator('#hotspots-district tbody tr').innerText()).resolves.toMatch(/^NG1\t3\t2\t1\t1\tup 2\tAmy O'Neil, Amir Okafor$/);
    await expect(page.locator('#hotspots-place tbody tr').innerText()).resolves.toMatch(/^Market Square\t2\t1\t1\t4\tdown 2\t/);
    await expect(page.locator('#overdue-actions tbody tr').innerText()).resolves.toMatch(/^Multi-agency meeting\tAmy O'Neil\t/);
    await screenshot(page, 'report-monthly-pack');

    // Printed, the month picker and downloads are left off.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Show' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'hotspots' }).isVisible()).resolves.toBe(false);
  });

  it('the children’s CSV has one row an episode, quoted where a field holds a comma or quote', async () => {
    const res = await fetch(`${kit.web.url}/reports/monthly-pack.csv?month=${MONTH}&part=children`, { headers: { cookie: await sessionCookie() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="monthly-pack-${MONTH}-children.csv"`);
    // Read as bytes: fetch's text() drops the byte-order mark Excel needs.
    const lines = Buffer.from(await res.arrayBuffer()).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFchild_id,la_child_id,given_name,family_name,date_of_birth,criteria,police_reference,force,missing_since,found_at,risk,flags,found_location');
    expect(lines.slice(1, 4)).toEqual([
      `${AMY_ID},LA-448812,Amy,O'Neil,2012-05-04,Monthly meeting list; CSE meeting list,NT/26/004512,NOTTS,${MONTH}-05T10:00:00.000Z,${MONTH}-06T10:00:00.000Z,Medium,CSE,"Victoria Bus Station, NG1 6DN"`,
      `${AMY_ID},LA-448812,Amy,O'Neil,2012-05-04,Monthly meeting list; CSE meeting list,NT/26/004600,NOTTS,${MONTH}-20T10:00:00.000Z,,High,,`,
      `${OTHER_ID},LA-501177,Amir,Okafor,2010-11-19,High risk,NT/26/004700,NOTTS,${MONTH}-10T10:00:00.000Z,${MONTH}-11T10:00:00.000Z,High,,Market Square`,
    ]);
    expect(lines.slice(4)).toEqual(['']);
  });

  it('a signed-out visitor is sent to sign in, and a protocol admin is refused', async () => {
    const signedOut = await fetch(`${kit.web.url}/reports/monthly-pack`, { redirect: 'manual' });
    expect(signedOut.status).toBe(302);
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'admin', '/protocol');
    const res = await page.goto(`${kit.web.url}/reports/monthly-pack`);
    expect(res?.status()).toBe(403);
  });

  /** A manager's session cookie, signed in through the page as a person would. */
  async function sessionCookie(): Promise<string> {
    const page = await newStaffPage(browser);
    await signInAndOpen(page, kit.web.url, 'manager', '/reports');
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  }
});
