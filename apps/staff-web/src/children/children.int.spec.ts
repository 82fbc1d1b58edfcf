import request from 'supertest';
import { AMY_CME_CASE_ID, AMY_EDUCATION_KEY, AMY_ID, amyAlerts, CURRENT_REF, EARLIER_REF, ERASED_ID, INTERVIEW_TASK_ID, OTHER_ID, recordStubRoutes, STRATEGY_TASK_ID } from '../testing/record-fixtures';
import { signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(60_000);

const UNKNOWN_CHILD = '00000000-0000-4000-8000-000000000000';

describe('finding a child and opening their record', () => {
  let kit: StaffWebKit;
  const now = new Date();

  beforeAll(async () => {
    kit = await startStaffWebKit(recordStubRoutes(now));
  });

  afterAll(async () => {
    await kit?.stop();
  });

  const callsTo = (stub: StaffWebKit['protocolEngine'], path: string) => stub.calls.filter((c) => c.path === path);

  describe('the search', () => {
    it('opens as an empty form, labelled, with the ways to search in its hint', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'reader');
      const page = await agent.get('/children/search').expect(200);
      expect(page.text).toContain('<title>Find a child – Homeward</title>');
      expect(page.text).toMatch(/<label class="govuk-label[^"]*" for="q">\s*Name, date of birth, police reference or LA id/);
      expect(page.text).not.toContain('There is a problem');
      expect(page.text).toContain('class="govuk-service-navigation__item govuk-service-navigation__item--active"');
    });

    it('asks for something to search for when the box is sent empty (400, error summary, "Error:" in the title)', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const before = callsTo(kit.protocolEngine, '/v1/children/search').length;
      const page = await agent.get('/children/search?q=+').expect(400);
      expect(page.text).toContain('<title>Error: Find a child – Homeward</title>');
      expect(page.text).toContain('<a href="#q">Enter a name, date of birth, police reference or LA id</a>');
      expect(page.text).toMatch(/govuk-error-message[\s\S]*Enter a name, date of birth, police reference or LA id/);
      expect(callsTo(kit.protocolEngine, '/v1/children/search')).toHaveLength(before);
    });

    it('keeps what was typed when it is too short to search', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/children/search?q=a').expect(400);
      expect(page.text).toContain('Enter at least 2 characters');
      expect(page.text).toMatch(/id="q" name="q" type="search"[^>]*value="a"/);
    });

    it('lists the children who match, name first as the link to the record, as the signed-in person', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/search?q=${encodeURIComponent("am O'N")}`).expect(200);
      expect(page.text).toContain('2 children match “am O&#39;N”');
      expect(page.text).toContain(`<a class="govuk-link" href="/children/${AMY_ID}">Amy O&#39;Neil</a>`);
      expect(page.text).toContain('4 May 2012');
      expect(page.text).toContain('Age 14');
      expect(page.text).toContain('LA-448812');
      expect(page.text).toContain('Looked after');
      expect(page.text).toContain('Child sexual exploitation (CSE)');
      expect(page.text).toContain('Missing now');
      const call = callsTo(kit.protocolEngine, '/v1/children/search').at(-1);
      expect(call?.query.get('q')).toBe("am O'N");
      expect(call?.headers.authorization).toBe('Bearer token-for-cmo');
    });

    it('says plainly when no child matches, with what to try', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/children/search?q=Zebedee').expect(200);
      expect(page.text).toContain('No children match “Zebedee”');
      expect(page.text).toContain('check the spelling');
      expect(page.text).not.toContain('<table');
    });

    it("shows protocol-engine's refusal against the search box", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/children/search?q=xx-refused').expect(400);
      expect(page.text).toContain('<a href="#q">');
      expect(page.text).toMatch(/id="q" name="q" type="search"[^>]*value="xx-refused"/);
    });

    it('sends someone not signed in to sign-in, coming back to the search', async () => {
      const res = await request(kit.web.url).get('/children/search?q=NT%2F26%2F004512').expect(302);
      expect(res.headers.location).toBe('/sign-in?returnTo=%2Fchildren%2Fsearch%3Fq%3DNT%252F26%252F004512');
    });
  });

  describe("the child's record", () => {
    it('given a child whose personal data was erased, names them "Child (details erased)", says when, and shows no "null" anywhere, in the search too', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/${ERASED_ID}`).expect(200);
      expect(page.text).toMatch(/<h1 class="govuk-heading-l">Child \(details erased\)<\/h1>/);
      expect(page.text).toMatch(/personal details were erased on \d{1,2} \w+ \d{4}/);
      expect(page.text).toContain('Episode NT/26/002200');
      expect(page.text).not.toMatch(/\bnull\b|\bundefined\b|Invalid Date/);
      const found = await agent.get('/children/search?q=NT%2F26%2F002200').expect(200);
      expect(found.text).toContain(`<a class="govuk-link" href="/children/${ERASED_ID}">Child (details erased)</a>`);
      expect(found.text).not.toMatch(/\bnull\b|Age\s*</);
    });

    it('shows who the child is, what is open now, the repeat count and every episode newest first', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(page.text).toContain('<title>Amy O&#39;Neil – child&#39;s record – Homeward</title>');
      expect(page.text).toMatch(/<h1 class="govuk-heading-l">Amy O&#39;Neil<\/h1>/);
      expect(page.text).toMatch(/Date of birth[\s\S]*4 May 2012 \(age 14\)/);
      expect(page.text).toMatch(/Responsible authority[\s\S]*Derbyshire County Council/);
      expect(page.text).toMatch(/Effective risk[\s\S]*govuk-tag--red[^>]*>\s*High/);
      expect(page.text).toContain('2 episodes in the last 90 days');
      // What is open now, in an MOJ alert that does not take focus.
      expect(page.text).toMatch(/moj-alert--warning[\s\S]*Open now[\s\S]*Missing now/);
      expect(page.text).toContain('1 open task');
      expect(page.text).toContain('data-disable-auto-focus="true"');
      // The timeline: newest first, each episode with its times, police reports, decisions, tasks and alerts.
      expect(page.text.indexOf(`Episode ${CURRENT_REF}`)).toBeLessThan(page.text.indexOf(`Episode ${EARLIER_REF}`));
      expect(page.text).toContain('class="moj-timeline"');
      expect(page.text).toContain('graded high (was medium)');
      expect(page.text).toContain('Last seen at Victoria bus station, NG1 5AB');
      expect(page.text).toContain('Found at A friend&#39;s flat in Derby, DE1 2AB');
      expect(page.text).toContain('Returned to: Placement');
      expect(page.text).toContain('Missing at HIGH risk: a strategy discussion within 24 hours');
      expect(page.text).toContain('NSCB default (nscb-default-2)');
      expect(page.text).toContain(`href="/tasks/${STRATEGY_TASK_ID}"`);
      expect(page.text).toContain(`href="/tasks/${INTERVIEW_TASK_ID}"`);
      expect(page.text).toContain('Held on');
      expect(page.text).toContain('by an independent interviewer');
      expect(page.text).toContain('Casey Morgan');
      for (const a of amyAlerts(now)) expect(page.text).toContain(`href="/alerts/${a.id}"`);
    });

    it('shows the same child missing education as one child: the open CME case in "Open now" and in the summary, asked for by her education key', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(page.text).toMatch(new RegExp(`Open now[\\s\\S]*Missing education</strong> since 2 November 2026: <a class="govuk-link" href="/cme/${AMY_CME_CASE_ID}">CME case CME-2026-000042</a>`));
      expect(page.text).toMatch(/Children missing education[\s\S]*CME-2026-000042<\/a>: open since 2 November 2026/);
      expect(callsTo(kit.educationReferrals, '/v1/cme-cases').at(-1)?.query.get('childKey')).toBe(AMY_EDUCATION_KEY);
      const other = await agent.get(`/children/${OTHER_ID}`).expect(200);
      expect(other.text).not.toContain('Missing education');
    });

    it('asks each service as the signed-in person: the record as a RECORD view, the tasks by child, the alerts by police reference', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'reader');
      await agent.get(`/children/${AMY_ID}`).expect(200);
      const record = callsTo(kit.protocolEngine, `/v1/children/${AMY_ID}`).at(-1);
      expect(record?.query.get('purpose')).toBe('RECORD');
      expect(record?.headers.authorization).toBe('Bearer token-for-reader');
      expect(kit.directory.calls.filter((c) => c.path === '/v1/tasks').at(-1)?.query.get('childId')).toBe(AMY_ID);
      const alertRefs = kit.alerting.calls.slice(-2).map((c) => c.query.get('policeReference'));
      expect(alertRefs.sort()).toEqual([EARLIER_REF, CURRENT_REF].sort());
    });

    it('shows a manager who has viewed the record, and nobody else', async () => {
      const { agent: manager } = await signedInAgent(kit.web.url, 'manager');
      const page = await manager.get(`/children/${AMY_ID}`).expect(200);
      expect(page.text).toContain('href="#record-views"');
      expect(page.text).toMatch(/id="record-views">Who has viewed this record[\s\S]*Jordan Lee[\s\S]*Child&#39;s record[\s\S]*Casey Morgan[\s\S]*Task page/);

      const viewsCalls = callsTo(kit.protocolEngine, `/v1/children/${AMY_ID}/views`).length;
      for (const who of ['cmo', 'reader', 'admin'] as const) {
        const { agent } = await signedInAgent(kit.web.url, who);
        const other = await agent.get(`/children/${AMY_ID}`).expect(200);
        expect(other.text).not.toContain('Who has viewed this record');
      }
      expect(callsTo(kit.protocolEngine, `/v1/children/${AMY_ID}/views`)).toHaveLength(viewsCalls);
    });

    it('answers 404 for a child protocol-engine does not know, and for an id that cannot be one (without asking)', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const unknown = await agent.get(`/children/${UNKNOWN_CHILD}`).expect(404);
      expect(unknown.text).toContain('Page not found');
      const before = kit.protocolEngine.calls.length;
      await agent.get('/children/not-a-child').expect(404);
      expect(kit.protocolEngine.calls).toHaveLength(before);
    });

    it('sends someone not signed in to sign-in, coming back to the record', async () => {
      const res = await request(kit.web.url).get(`/children/${AMY_ID}`).expect(302);
      expect(res.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(`/children/${AMY_ID}`)}`);
    });
  });
});
