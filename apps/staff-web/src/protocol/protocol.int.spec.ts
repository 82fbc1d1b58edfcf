import { DIRECTORY } from '../testing/leave-fixtures';
import { DRAFT_ID, protocolVersions, RETIRED_ID, whatIfAnswer } from '../testing/protocol-fixtures';
import { signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

describe('the protocol pages', () => {
  let kit: StaffWebKit;
  const whatIfCalls = () => kit.protocolEngine.calls.filter((c) => c.path === '/v1/protocol/what-if');

  beforeAll(async () => {
    kit = await startStaffWebKit({
      directory: { 'GET /v1/officers': () => ({ body: DIRECTORY }) },
      protocolEngine: {
        'GET /v1/protocol/versions': () => ({ body: protocolVersions() }),
        'POST /v1/protocol/what-if': (req) => {
          const body = req.body as { profile: string; from: string; to: string };
          if (body.profile === RETIRED_ID) return { status: 400, body: { message: 'validation failed', problems: [{ field: 'to', reason: 'the range must be at most 366 days' }] } };
          return { body: whatIfAnswer(body.from, body.to) };
        },
      },
    });
  });

  afterAll(async () => {
    await kit?.stop();
  });

  it.each([
    ['admin', 200, 200],
    ['manager', 200, 403],
    ['cmo', 403, 403],
    ['reader', 403, 403],
  ] as const)('%s: the versions %s, what-if %s', async (who, versions, whatIf) => {
    const { agent } = await signedInAgent(kit.web.url, who);
    await agent.get('/protocol').expect(versions);
    await agent.get('/protocol/what-if').expect(whatIf);
  });

  it('shows the active version first, then the others, each rule in words; the what-if button for administrators only', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    const page = await agent.get('/protocol').expect(200);
    expect(kit.protocolEngine.calls.filter((c) => c.path === '/v1/protocol/versions').at(-1)?.headers.authorization).toBe('Bearer token-for-admin');
    const [, active, others] = page.text.split(/<h2 class="govuk-heading-m">(?:Active version|Other versions)<\/h2>/);
    expect(active).toContain('nscb-default-2: NSCB default');
    expect(active).toMatch(/govuk-tag--green">\s*Active/);
    expect(active).toContain('Task: Return interview, normal, within 72 clock hours from when the child was found; the placing authority does it for a child it placed here');
    expect(active).toContain('Task: Return interview, made priority');
    expect(active).toContain('Lengthy episode: after 168 hours missing');
    expect(active).toContain('By Pat Quinn on Friday 20 March 2026 at 2:30pm');
    expect(active).toContain('Wednesday 1 April 2026 at midnight');
    expect(others).toMatch(/nscb-2027-1: NSCB 2027 consultation[\s\S]*Draft[\s\S]*within 48 clock hours[\s\S]*nscb-2025-1/);
    expect(page.text).toContain('href="/protocol/what-if"');

    const { agent: manager } = await signedInAgent(kit.web.url, 'manager');
    expect((await manager.get('/protocol')).text).not.toContain('href="/protocol/what-if"');
  });

  it('offers the draft first and runs nothing until asked', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    const page = await agent.get('/protocol/what-if').expect(200);
    expect(page.text).toMatch(new RegExp(`id="version" name="version" type="radio" value="${DRAFT_ID}" checked`));
    expect(whatIfCalls()).toHaveLength(0);
  });

  it("runs the chosen version over whole London days and shows each decision that would differ, beside what was decided", async () => {
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    const form = await agent.get(`/protocol/what-if?version=${DRAFT_ID}&from-day=1&from-month=10&from-year=2026&to-day=31&to-month=10&to-year=2026`).expect(302);
    expect(form.headers.location).toBe(`/protocol/what-if?version=${DRAFT_ID}&from=2026-10-01&to=2026-10-31`);
    const page = await agent.get(form.headers.location).expect(200);
    // 1 October is in summer time (starts 23:00 UTC the day before); 31 October, after the clocks went back, ends at midnight UTC.
    expect(whatIfCalls().at(-1)?.body).toEqual({ profile: DRAFT_ID, from: '2026-09-30T23:00:00.000Z', to: '2026-10-31T23:59:59.999Z' });
    expect(whatIfCalls().at(-1)?.headers.authorization).toBe('Bearer token-for-admin');
    expect(page.text).toContain('nscb-2027-1, 1 October 2026 to 31 October 2026');
    expect(page.text).toMatch(/Decisions that would differ\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*3/);
    expect(page.text).toContain('NT/26/004512');
    expect(page.text).toContain('<li>Return interview, priority, within 72 clock hours</li>');
    expect(page.text).toContain('<li>Return interview, priority, within 48 clock hours</li>');
    expect(page.text).toContain('<li>Multi-agency meeting, normal, within 5 working days</li>');
    expect(page.text).toContain('<li>Would not ask for it</li>');
    expect(page.text).toMatch(/<th scope="row" class="govuk-table__header">persistent-missing<\/th>/);
  });

  it('asks for the version and a good period, keeping the answers, and shows protocol-engine\'s refusal', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    const before = whatIfCalls().length;
    const none = await agent.get('/protocol/what-if?from-day=2&from-month=10&from-year=2026&to-day=1&to-month=10&to-year=2026').expect(400);
    expect(none.text).toContain('<title>Error: Try a version on past notifications – Homeward</title>');
    expect(none.text).toContain('<a href="#version">Choose the version to try</a>');
    expect(none.text).toContain('<a href="#to-day">End date must be the same as or after the start date</a>');
    expect(none.text).toMatch(/id="from-day" name="from-day" type="text" value="2"/);

    const long = await agent.get(`/protocol/what-if?version=${DRAFT_ID}&from=2025-01-01&to=2026-01-01`).expect(400);
    expect(long.text).toContain('The period must be a year or shorter');
    expect(long.text).toMatch(new RegExp(`value="${DRAFT_ID}" checked`));
    expect(whatIfCalls().length).toBe(before);

    const refused = await agent.get(`/protocol/what-if?version=${RETIRED_ID}&from=2025-01-01&to=2025-12-31`).expect(400);
    expect(refused.text).toContain('<a href="#to-day">The period: the range must be at most 366 days</a>');
    expect(refused.text).toMatch(new RegExp(`value="${RETIRED_ID}" checked`));
  });
});
