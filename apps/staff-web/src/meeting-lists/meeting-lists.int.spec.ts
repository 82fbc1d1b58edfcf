import { meetingListRoutes } from '../testing/meeting-list-fixtures';
import { AMY_ID, OTHER_ID } from '../testing/record-fixtures';
import { signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(60_000);

describe('the meeting lists', () => {
  let kit: StaffWebKit;
  const now = new Date();
  const removals = () => kit.protocolEngine.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/removals'));
  const removePath = (list: string, childId: string) => `/meeting-lists/${list}/${childId}/remove`;

  beforeAll(async () => {
    kit = await startStaffWebKit();
  });

  beforeEach(() => {
    kit.protocolEngine.routes = meetingListRoutes(now);
    kit.protocolEngine.calls.length = 0;
  });

  afterAll(async () => {
    await kit?.stop();
  });

  it('shows the monthly list: each child with a link to their record, age, since, why and until, as the signed-in person', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'cmo');
    const page = await agent.get('/meeting-lists/monthly-meeting').expect(200);
    expect(page.text).toContain('<title>Monthly multi-agency meeting – Homeward</title>');
    expect(page.text).toMatch(/govuk-service-navigation__item--active[\s\S]*href="\/meeting-lists"/);
    expect(page.text).toContain(`<a class="govuk-link" href="/children/${OTHER_ID}">Amir Okafor</a>`);
    expect(page.text).toContain(`<a class="govuk-link" href="/children/${AMY_ID}">Amy O&#39;Neil</a>`);
    expect(page.text.indexOf('Amir Okafor')).toBeLessThan(page.text.indexOf('Amy O&#39;Neil'));
    expect(page.text).toContain('born 19 November 2010');
    expect(page.text).toContain('Persistent missing: 3 or more episodes in a rolling 90 days');
    expect(page.text).toContain('Episode NT/26/002200');
    expect(page.text).toContain('unless listed again: fewer than 3 episodes in the rolling 90 days');
    expect(page.text).toContain('2 children on the list');
    const call = kit.protocolEngine.calls.at(-1);
    expect([call?.path, call?.headers.authorization]).toEqual(['/v1/meeting-lists/monthly-meeting', 'Bearer token-for-cmo']);
    // Only a manager takes children off.
    expect(page.text).not.toContain('/remove"');
  });

  it('shows the CSE list, whose children stay on until a manager takes them off, and links the two lists', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'reader');
    const page = await agent.get('/meeting-lists/cse-meeting').expect(200);
    expect(page.text).toContain('<h1 class="govuk-heading-l">Daily CSE meeting</h1>');
    expect(page.text).toContain('Until a manager takes them off');
    expect(page.text).toMatch(/class="moj-sub-navigation__link"\s+href="\/meeting-lists\/monthly-meeting"/);
    expect(page.text).toMatch(/class="moj-sub-navigation__link" aria-current="page" href="\/meeting-lists\/cse-meeting"/);
    await agent.get('/meeting-lists').expect(302).expect('location', '/meeting-lists/monthly-meeting');
    await agent.get('/meeting-lists/weekly-meeting').expect(404);
  });

  it('is in the navigation for CMO, manager and read-only staff, and refused to a protocol administrator', async () => {
    for (const who of ['cmo', 'manager', 'reader'] as const) {
      const { agent } = await signedInAgent(kit.web.url, who);
      expect((await agent.get('/children/search').expect(200)).text).toContain('href="/meeting-lists"');
    }
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    expect((await agent.get('/protocol')).text).not.toContain('href="/meeting-lists"');
    await agent.get('/meeting-lists/monthly-meeting').expect(403);
  });

  describe('a manager taking a child off', () => {
    it('offers the reasons as radios, with a note for another reason, naming the child', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const list = await agent.get('/meeting-lists/monthly-meeting').expect(200);
      expect(list.text).toContain(`href="${removePath('monthly-meeting', AMY_ID)}">Take off<span class="govuk-visually-hidden"> Amy O&#39;Neil</span>`);
      const form = await agent.get(removePath('monthly-meeting', AMY_ID)).expect(200);
      expect(form.text).toContain('<title>Take Amy O&#39;Neil off the monthly multi-agency meeting list – Homeward</title>');
      for (const value of ['RISK_REDUCED', 'MOVED_OUT_OF_AREA', 'SUPPORTED_ELSEWHERE', 'LISTED_IN_ERROR', 'OTHER']) expect(form.text).toContain(`value="${value}"`);
      expect(form.text).toMatch(/data-aria-controls="conditional-reason-5"/);
      expect(form.text).toMatch(/id="conditional-reason-5"[\s\S]*id="note"/);
    });

    it('asks for a reason, and a note with another reason, keeping the answers and removing nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const none = await agent.post(removePath('monthly-meeting', AMY_ID)).type('form').send({ _csrf: csrf }).expect(400);
      expect(none.text).toContain('<title>Error: Take Amy O&#39;Neil off the monthly multi-agency meeting list – Homeward</title>');
      expect(none.text).toContain('<a href="#reason">Select why the child is coming off the list</a>');
      const other = await agent.post(removePath('monthly-meeting', AMY_ID)).type('form').send({ _csrf: csrf, reason: 'OTHER', note: ' ' }).expect(400);
      expect(other.text).toContain('<a href="#note">Enter why the child is coming off the list</a>');
      expect(other.text).toMatch(/value="OTHER" checked/);
      expect(removals()).toHaveLength(0);
      // protocol-engine's own refusal lands on the field too, with the note kept.
      const refused = await agent.post(removePath('monthly-meeting', AMY_ID)).type('form').send({ _csrf: csrf, reason: 'OTHER', note: 'refuse me' }).expect(400);
      expect(refused.text).toContain('<a href="#note">');
      expect(refused.text).toContain('>refuse me</textarea>');
    });

    it('takes the child off with the reason, then shows the list without them and says so', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      await agent.post(removePath('monthly-meeting', AMY_ID)).type('form').send({ _csrf: csrf, reason: 'OTHER', note: '  Adopted, living out of area  ' }).expect(303).expect('location', '/meeting-lists/monthly-meeting');
      expect(removals().at(-1)?.body).toEqual({ childId: AMY_ID, reason: 'OTHER', note: 'Adopted, living out of area' });
      expect(removals().at(-1)?.headers.authorization).toBe('Bearer token-for-manager');
      const list = await agent.get('/meeting-lists/monthly-meeting').expect(200);
      expect(list.text).toMatch(/govuk-notification-banner--success[\s\S]*Amy O&#39;Neil is off the monthly multi-agency meeting list[\s\S]*Reason: another reason/);
      expect(list.text).not.toContain(`href="/children/${AMY_ID}"`);
      // Sent again (a second tab): she is not on it, and the page says so.
      await agent.post(removePath('monthly-meeting', AMY_ID)).type('form').send({ _csrf: csrf, reason: 'RISK_REDUCED' }).expect(303);
      expect((await agent.get('/meeting-lists/monthly-meeting')).text).toContain('That child is no longer on the monthly multi-agency meeting list');
      expect(removals()).toHaveLength(1);
    });

    it.each(['cmo', 'reader'] as const)('refuses %s the form and the action (403), asking protocol-engine nothing', async (who) => {
      const { agent, csrf } = await signedInAgent(kit.web.url, who);
      await agent.get(removePath('cse-meeting', AMY_ID)).expect(403);
      await agent.post(removePath('cse-meeting', AMY_ID)).type('form').send({ _csrf: csrf, reason: 'RISK_REDUCED' }).expect(403);
      expect(removals()).toHaveLength(0);
    });

    it('refuses the form without its CSRF token', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      await agent.post(removePath('cse-meeting', AMY_ID)).type('form').send({ reason: 'RISK_REDUCED' }).expect(403);
      expect(removals()).toHaveLength(0);
    });
  });
});
