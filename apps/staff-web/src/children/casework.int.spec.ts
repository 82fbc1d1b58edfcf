import { caseworkStubRoutes, dateFields as date, NOTICE_REFUSED, placementNoticeForm } from '../testing/casework-fixtures';
import { AMY_ID, OTHER_ID } from '../testing/record-fixtures';
import { csrfTokenIn, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(60_000);

const notice = { ...placementNoticeForm, ...date('placementEnd', '30', '9', '2026') };

describe("what staff record on a child's record: placement notices, the allocated worker, merges", () => {
  let kit: StaffWebKit;
  const now = new Date();
  const calls = (stub: 'protocolEngine' | 'ingestApi', method: string, path: string) => kit[stub].calls.filter((c) => c.method === method && c.path === path);

  beforeAll(async () => {
    kit = await startStaffWebKit(caseworkStubRoutes(now));
  });

  beforeEach(() => {
    const routes = caseworkStubRoutes(now);
    kit.protocolEngine.routes = routes.protocolEngine;
    kit.ingestApi.routes = routes.ingestApi;
    kit.protocolEngine.calls.length = 0;
    kit.ingestApi.calls.length = 0;
  });

  afterAll(async () => {
    await kit?.stop();
  });

  describe('the record', () => {
    it('shows a CMO the placement notices, the allocated worker, and the actions a CMO has', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(calls('protocolEngine', 'GET', `/v1/children/${AMY_ID}/placement-notices`).at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
      expect(page.text).toMatch(/id="placement-notices">Placement notices[\s\S]*Placed by E10000007 from 1 March 2026/);
      expect(page.text).toMatch(/Placement[\s\S]*1 March 2026 to no end date given/);
      expect(page.text).toContain('Oakfield House (children&#39;s home)');
      expect(page.text).toMatch(/Risk assessment\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Came with the notice/);
      expect(page.text).toMatch(/Risk management plan\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Not sent/);
      expect(page.text).toContain('from E10000007&#39;s own system');
      expect(page.text).toMatch(/Allocated worker[\s\S]*None recorded: follow-ups go to the team manager/);
      expect(page.text).toContain(`href="/children/${AMY_ID}/allocated-worker"`);
      expect(page.text).toContain(`href="/children/${AMY_ID}/placement-notices/new"`);
      // Corrections, merges and merging are a manager's.
      expect(page.text).not.toContain('Corrections and merges');
      expect(page.text).not.toContain(`/children/${AMY_ID}/merge`);
      expect(calls('protocolEngine', 'GET', `/v1/children/${AMY_ID}/changes`)).toHaveLength(0);
    });

    it('shows a read-only user the notices and the worker, with no actions', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'reader');
      const page = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(page.text).toContain('Oakfield House');
      expect(page.text).toContain('None recorded');
      expect(page.text).not.toContain(`/children/${AMY_ID}/allocated-worker`);
      expect(page.text).not.toContain('placement-notices/new');
      expect(page.text).not.toContain(`/children/${AMY_ID}/merge`);
    });

    it("shows a manager the record's corrections and merges in words, newest first, with the merge", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(page.text).toMatch(/id="record-changes">Corrections and merges[\s\S]*Another record merged into this one[\s\S]*1 episode moved here[\s\S]*Jordan Lee[\s\S]*Details corrected[\s\S]*family name was ONeil[\s\S]*Police \(NOTTS\)/);
      expect(page.text).toContain(`href="/children/${AMY_ID}/merge"`);
    });

    it('shows an episode the police withdrew as withdrawn, with why, and no open episode', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/children/${OTHER_ID}`).expect(200);
      expect(page.text).toMatch(/Episode NT\/26\/002200 <strong class="govuk-tag govuk-tag--grey">Withdrawn<\/strong>/);
      expect(page.text).toMatch(/The police withdrew this report<\/strong> on [^<]+?: report made in error/);
      expect(page.text).toContain('No placement notice is on record for Amir.');
    });
  });

  describe('recording a placement notice', () => {
    const path = `/children/${AMY_ID}/placement-notices/new`;

    it("opens with the child's details from the record and a notice id of its own", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const form = await agent.get(path).expect(200);
      expect(form.text).toContain('<title>Record a placement notice for Amy O&#39;Neil – Homeward</title>');
      expect(form.text).toMatch(/id="givenName" name="givenName" type="text"[^>]*value="Amy"/);
      expect(form.text).toMatch(/id="dateOfBirth-year" name="dateOfBirth-year" type="text"[^>]*value="2012"/);
      expect(form.text).toMatch(/id="localAuthorityId" name="localAuthorityId" type="text"[^>]*value="LA-448812"/);
      expect(form.text).toMatch(/name="noticeId" value="[0-9a-f-]{36}"/);
      for (const kind of ['FOSTER_CARE', 'CHILDRENS_HOME', 'SUPPORTED_ACCOMMODATION', 'KINSHIP_CARE', 'SECURE_CHILDRENS_HOME', 'OTHER']) expect(form.text).toContain(`value="${kind}"`);
    });

    it('asks for what is missing, keeping the answers, and sends nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, givenName: 'Amy', ...date('placementStart', '31', '2', '2026') }).expect(400);
      expect(page.text).toContain('<title>Error: Record a placement notice for Amy O&#39;Neil – Homeward</title>');
      for (const [href, text] of [
        ['familyName', 'Enter the child&#39;s family name'],
        ['dateOfBirth-day', 'Enter the date of birth'],
        ['placingAuthority', 'Enter the placing authority&#39;s code'],
        ['placementStart-day', 'Placement start date must be a real date'],
        ['providerName', 'Enter the name of the carer or home'],
        ['providerKind', 'Select the kind of placement'],
        ['riskAssessment', 'Select whether the placing authority&#39;s risk assessment came with the notice'],
        ['riskPlan', 'Select whether its risk management plan came with the notice'],
      ]) expect(page.text).toContain(`<a href="#${href}">${text}</a>`);
      expect(page.text).toMatch(/id="givenName" name="givenName" type="text"[^>]*value="Amy"/);
      expect(page.text).toMatch(/id="placementStart-day" name="placementStart-day" type="text"[^>]*value="31"/);
      expect(kit.ingestApi.calls).toHaveLength(0);
    });

    it('sends the notice to ingest-api as the signed-in person, then shows the record with a banner; the same form twice is the same notice', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(path).expect(200);
      const noticeId = /name="noticeId" value="([^"]+)"/.exec(form.text)?.[1];
      const body = { _csrf: csrfTokenIn(form.text), noticeId, ...notice };
      await agent.post(path).type('form').send(body).expect(303).expect('location', `/children/${AMY_ID}`);
      const sent = calls('ingestApi', 'POST', '/v1/placement-notices');
      expect(sent.at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
      expect(sent.at(-1)?.body).toEqual({
        noticeId,
        child: { givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-05-04', localAuthorityId: 'LA-448812' },
        placingAuthority: 'E10000007',
        placementStart: '2026-03-01',
        placementEnd: '2026-09-30',
        provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
        riskAssessmentProvided: true,
        riskManagementPlanProvided: false,
      });
      const record = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(record.text).toMatch(/govuk-notification-banner--success[\s\S]*Placement notice recorded/);
      await agent.post(path).type('form').send(body).expect(303);
      expect(calls('ingestApi', 'POST', '/v1/placement-notices').map((c) => (c.body as { noticeId: string }).noticeId)).toEqual([noticeId, noticeId]);
    });

    it("puts ingest-api's refusal on the field it names, in words, keeping the answers", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, ...notice, providerName: NOTICE_REFUSED }).expect(400);
      expect(page.text).toContain('<a href="#dateOfBirth-day">The person was 18 or over at the placement start date: not a child</a>');
      expect(page.text).toMatch(/govuk-error-message[\s\S]*The person was 18 or over/);
      expect(page.text).toMatch(/id="providerName" name="providerName" type="text"[^>]*value="Refused House"/);
      expect(page.text).toMatch(/value="CHILDRENS_HOME" checked/);
    });

    it('refuses a read-only user the form and the action (403), sending nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'reader');
      await agent.get(path).expect(403);
      await agent.post(path).type('form').send({ _csrf: csrf, ...notice }).expect(403);
      expect(kit.ingestApi.calls).toHaveLength(0);
    });
  });

  describe("the child's allocated worker", () => {
    const path = `/children/${AMY_ID}/allocated-worker`;
    const puts = () => calls('protocolEngine', 'PUT', `/v1/children/${AMY_ID}/allocated-worker`);

    it("offers compliance-tracker's caseworkers, or none, and asks for a choice", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(path).expect(200);
      const select = form.text.split('id="worker"')[1].split('</select>')[0];
      expect(select).toMatch(/Casey Morgan[\s\S]*Jordan Lee[\s\S]*<option value="none" selected>No allocated worker<\/option>/);
      expect(select).not.toContain('Sam Taylor');
      const refused = await agent.post(path).type('form').send({ _csrf: csrf, worker: '' }).expect(400);
      expect(refused.text).toContain('<a href="#worker">Choose the allocated worker, or no allocated worker</a>');
      expect(puts()).toHaveLength(0);
    });

    it('records the worker, then none, as the signed-in person, with a banner on the record', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      await agent.post(path).type('form').send({ _csrf: csrf, worker: 'cmo' }).expect(303).expect('location', `/children/${AMY_ID}`);
      expect([puts().at(-1)?.body, puts().at(-1)?.headers.authorization]).toEqual([{ staffId: 'cmo' }, 'Bearer token-for-manager']);
      expect((await agent.get(`/children/${AMY_ID}`)).text).toContain('Casey Morgan is Amy&#39;s allocated worker');
      await agent.post(path).type('form').send({ _csrf: csrf, worker: 'none' }).expect(303);
      expect(puts().at(-1)?.body).toEqual({ staffId: null });
    });

    it('refuses a read-only user (403), recording nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'reader');
      await agent.get(path).expect(403);
      await agent.post(path).type('form').send({ _csrf: csrf, worker: 'cmo' }).expect(403);
      expect(puts()).toHaveLength(0);
    });
  });

  describe('merging another record into this one', () => {
    const merges = () => calls('protocolEngine', 'POST', `/v1/children/${AMY_ID}/merge`);

    it('finds the other record by search, never this one, and asks for something to search for', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      await agent.get(`/children/${AMY_ID}/merge`).expect(200);
      const found = await agent.get(`/children/${AMY_ID}/merge?q=am`).expect(200);
      expect(found.text).toContain('1 other record matches “am”');
      expect(found.text).toContain(`href="/children/${AMY_ID}/merge/${OTHER_ID}"`);
      expect(found.text).not.toContain(`/merge/${AMY_ID}"`);
      const blank = await agent.get(`/children/${AMY_ID}/merge?q=+`).expect(400);
      expect(blank.text).toContain('<a href="#q">Enter a name, date of birth, police reference or LA id</a>');
    });

    it('shows both children side by side, then merges and shows the result on the record kept', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const confirm = await agent.get(`/children/${AMY_ID}/merge/${OTHER_ID}`).expect(200);
      expect(confirm.text).toContain('<title>Merge Amir Okafor&#39;s record into Amy O&#39;Neil&#39;s? – Homeward</title>');
      expect(confirm.text).toMatch(/Kept: Amy O&#39;Neil \(this record\)[\s\S]*LA-448812[\s\S]*Merged in: Amir Okafor[\s\S]*LA-501177/);
      expect(confirm.text).toContain('A merge cannot be undone.');
      await agent.post(`/children/${AMY_ID}/merge/${OTHER_ID}`).type('form').send({ _csrf: csrfTokenIn(confirm.text) }).expect(303).expect('location', `/children/${AMY_ID}`);
      expect([merges().at(-1)?.body, merges().at(-1)?.headers.authorization]).toEqual([{ mergeChildId: OTHER_ID }, 'Bearer token-for-manager']);
      const record = await agent.get(`/children/${AMY_ID}`).expect(200);
      expect(record.text).toMatch(/govuk-notification-banner--success[\s\S]*Amir Okafor&#39;s record is merged into this one[\s\S]*1 episode moved here/);

      // Merged already (a second tab): nothing changes, and the page says so.
      await agent.post(`/children/${AMY_ID}/merge/${OTHER_ID}`).type('form').send({ _csrf: csrfTokenIn(confirm.text) }).expect(303);
      expect((await agent.get(`/children/${AMY_ID}`)).text).toContain('One of these records was already merged into another, so nothing changed');
    });

    it('does not offer to merge a record with itself', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      await agent.get(`/children/${AMY_ID}/merge/${AMY_ID}`).expect(303).expect('location', `/children/${AMY_ID}`);
      expect(merges()).toHaveLength(0);
    });

    it.each(['cmo', 'reader'] as const)('refuses %s every step (403), merging nothing', async (who) => {
      const { agent, csrf } = await signedInAgent(kit.web.url, who);
      await agent.get(`/children/${AMY_ID}/merge?q=am`).expect(403);
      await agent.get(`/children/${AMY_ID}/merge/${OTHER_ID}`).expect(403);
      await agent.post(`/children/${AMY_ID}/merge/${OTHER_ID}`).type('form').send({ _csrf: csrf }).expect(403);
      expect(merges()).toHaveLength(0);
    });
  });
});
