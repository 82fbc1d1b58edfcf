import request from 'supertest';
import { complianceFiguresFor } from '../testing/figures-fixtures';
import { signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { addToDate, isoDate, londonToday } from '../web/london-calendar';

describe('the compliance figures page', () => {
  let kit: StaffWebKit;
  const figureCalls = () => kit.directory.calls.filter((c) => c.path === '/v1/compliance');

  beforeAll(async () => {
    kit = await startStaffWebKit({
      directory: { 'GET /v1/compliance': (req) => ({ body: complianceFiguresFor(req.query.get('from')!, req.query.get('to')!) }) },
    });
  });

  afterAll(async () => {
    await kit?.stop();
  });

  it.each(['cmo', 'manager', 'reader', 'admin'] as const)('opens for %s on the last 12 full months and this one, asked as that person', async (who) => {
    const { agent } = await signedInAgent(kit.web.url, who);
    const page = await agent.get('/compliance').expect(200);
    const today = londonToday(new Date());
    const from = isoDate(addToDate({ ...today, day: 1 }, { months: -12 }));
    const call = figureCalls().at(-1)!;
    expect([call.query.get('from'), call.query.get('to')]).toEqual([from, isoDate(today)]);
    expect(call.headers.authorization).toBe(`Bearer token-for-${who}`);
    expect(page.text).toContain('<title>Compliance figures – Homeward</title>');
    // The date inputs show the period, and the table has a row for each of its 13 months.
    expect(page.text).toMatch(new RegExp(`id="from-year" name="from-year" type="text" value="${from.slice(0, 4)}"`));
    expect(page.text.match(/data-chart-label=/g)).toHaveLength(13);
  });

  it('shows the totals, then each month in a table with a caption and right-aligned numbers, and the chart script with the nonce', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'reader');
    const page = await agent.get('/compliance?from=2025-09-15&to=2025-11-30').expect(200);
    const expected = complianceFiguresFor('2025-09-15', '2025-11-30');
    expect(page.text).toContain('<h2 class="govuk-heading-m">15 September 2025 to 30 November 2025</h2>');
    const rhi = expected.returnInterviews;
    expect(page.text).toMatch(new RegExp(`Offered within 72 hours\\s*</dt>\\s*<dd class="govuk-summary-list__value">\\s*${rhi.offeredWithin72h.count}\u00a0\\(${rhi.offeredWithin72h.percent}%\\)`));
    expect(page.text).toContain('Child in custody: 3');
    expect(page.text).toContain('Return home interviews and meetings by month, 15 September 2025 to 30 November 2025');
    // September is cut by the period; the others are whole months.
    // The shared chart script reads the row's label and the two charted cells (percentages of those due).
    expect(page.text).toMatch(/<th scope="row" class="govuk-table__header"\s+data-chart-label="15 to 30 September 2025">15 to 30 September 2025<\/th>\s*<td[^>]*>[^<]*<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric"\s+data-chart-value="83.3">[^<]*<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric"\s+data-chart-value="50">/);
    expect(page.text).toMatch(/data-chart-label="October 2025"/);
    expect(page.text).toMatch(/<td class="govuk-table__cell govuk-table__cell--numeric">\s*6\s*<\/td>/);
    expect(page.text).toMatch(/<th scope="col" class="govuk-table__header govuk-table__header--numeric"\s+data-chart-series="Offered within 72 hours">Offered within 72 hours<\/th>/);

    const nonce = /script-src 'self' 'nonce-([0-9a-f]{32})'/.exec(String(page.headers['content-security-policy']))![1];
    const script = new RegExp(`<script type="module" src="(/assets/bar-chart\\.[0-9a-f]{12}\\.js)" nonce="${nonce}">`).exec(page.text);
    expect(script).not.toBeNull();
    const asset = await request(kit.web.url).get(script![1]).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
  });

  it('sends the date inputs\' answer to the page\'s own address', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'cmo');
    const res = await agent.get('/compliance?from-day=1&from-month=4&from-year=2025&to-day=31&to-month=3&to-year=2026').expect(302);
    expect(res.headers.location).toBe('/compliance?from=2025-04-01&to=2026-03-31');
  });

  it('re-shows the form with the answers kept for a date that is not one, an end before the start, and a period over 3 years, asking nothing of the service', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'cmo');
    const before = figureCalls().length;

    const notReal = await agent.get('/compliance?from-day=31&from-month=2&from-year=2025&to-day=1&to-month=3&to-year=2025').expect(400);
    expect(notReal.text).toContain('<title>Error: Compliance figures – Homeward</title>');
    expect(notReal.text).toContain('<a href="#from-day">Start date must be a real date</a>');
    expect(notReal.text).toMatch(/id="from-day" name="from-day" type="text" value="31"/);
    expect(notReal.text).toMatch(/govuk-input--error govuk-input--width-2" id="from-month" name="from-month" type="text" value="2"/);

    const backwards = await agent.get('/compliance?from-day=2&from-month=10&from-year=2025&to-day=1&to-month=10&to-year=2025').expect(400);
    expect(backwards.text).toContain('<a href="#to-day">End date must be the same as or after the start date</a>');
    expect(backwards.text).toMatch(/id="to-day" name="to-day" type="text" value="1"/);

    const tooLong = await agent.get('/compliance?from=2022-01-01&to=2025-01-01').expect(400);
    expect(tooLong.text).toContain('The period must be 3 years or shorter');
    expect(tooLong.text).toMatch(/id="from-year" name="from-year" type="text" value="2022"/);

    const missing = await agent.get('/compliance?from-day=&from-month=&from-year=&to-day=1&to-month=&to-year=2025').expect(400);
    expect(missing.text).toContain('<a href="#from-day">Enter the start date</a>');
    expect(missing.text).toContain('<a href="#to-month">End date must include a month</a>');
    expect(figureCalls().length).toBe(before);
    expect(missing.text).not.toContain('By month');
  });

  it('sends someone not signed in to sign-in', async () => {
    const res = await request(kit.web.url).get('/compliance').expect(302);
    expect(res.headers.location).toBe('/sign-in?returnTo=%2Fcompliance');
  });
});
