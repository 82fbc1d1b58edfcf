import Redis from 'ioredis';
import request from 'supertest';
import { CASE_REFERENCE, formDate, pupilAnswers, REFUSED_FAMILY_NAME, REVOKED_KEY, SCHOOL_KEY, schoolAgent, schoolStubRoutes } from '../testing/school-fixtures';
import { csrfTokenIn, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(60_000);

const returnIdIn = (html: string) => /name="returnId" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe("the school area: a school's staff sign in with the school's key and send its returns", () => {
  let kit: StaffWebKit;
  let redis: Redis;
  const state: { revoked?: boolean } = {};
  const calls = (method: string, path: string) => kit.educationReferrals.calls.filter((c) => c.method === method && c.path === path);

  beforeAll(async () => {
    kit = await startStaffWebKit(schoolStubRoutes(state));
    redis = new Redis(kit.env.redisUrl);
  });

  beforeEach(() => {
    state.revoked = false;
    kit.educationReferrals.routes = schoolStubRoutes(state).educationReferrals;
    kit.educationReferrals.calls.length = 0;
  });

  afterAll(async () => {
    redis?.disconnect();
    await kit?.stop();
  });

  describe('signing in with the key', () => {
    it("checks the key with education-referrals, keeps it in the session only, and shows the school's name, not a person's", async () => {
      const agent = request.agent(kit.web.url);
      const page = await agent.get('/school/sign-in').expect(200);
      expect(page.text).toContain('<title>Sign in with your school’s key – Homeward</title>');
      const signedIn = await agent.post('/school/sign-in').type('form').send({ _csrf: csrfTokenIn(page.text), key: ` ${SCHOOL_KEY} ` }).expect(303);
      expect(signedIn.headers.location).toBe('/school');
      expect(calls('GET', '/v1/schools/me').at(-1)?.headers.authorization).toBe(`Bearer ${SCHOOL_KEY}`);
      // The cookie is the signed session id alone.
      const cookie = String(signedIn.headers['set-cookie']);
      expect(cookie).toMatch(/^homeward\.sid=/);
      expect(cookie).not.toContain(SCHOOL_KEY);
      expect(cookie).not.toContain('hws_');

      const home = await agent.get('/school').expect(200);
      expect(home.text).toMatch(/hw-header__name">Riverside Academy<[\s\S]*URN 140123[\s\S]*action="\/school\/sign-out"/);
      expect(home.text).not.toContain(SCHOOL_KEY);
      expect(home.text).toMatch(/Deletion return[\s\S]*no later than the day you delete them[\s\S]*New-pupil return[\s\S]*Within 5 school days[\s\S]*Absence notice[\s\S]*10 or more continuous school days[\s\S]*Sickness notice[\s\S]*15 school days/);
      for (const slug of ['deletion', 'new-pupil', 'absence', 'sickness']) expect(home.text).toContain(`href="/school/returns/${slug}"`);
      // The key is in the session in Redis, where the returns need it: a school's session, not a staff user's.
      const sessionId = decodeURIComponent(cookie.match(/homeward\.sid=([^;]+)/)?.[1] ?? '').replace(/^s:/, '').replace(/\.[^.]*$/, '');
      const stored = JSON.parse((await redis.get(`staff-web:session:${sessionId}`)) ?? '{}') as Record<string, unknown>;
      expect(stored.school).toEqual({ kind: 'school', urn: '140123', name: 'Riverside Academy', key: SCHOOL_KEY });
      expect(stored.user).toBeUndefined();
    });

    it('given no key, or a key the service refuses, says so and keeps nobody signed in; the key typed is never shown back', async () => {
      const agent = request.agent(kit.web.url);
      const csrf = csrfTokenIn((await agent.get('/school/sign-in').expect(200)).text);
      const empty = await agent.post('/school/sign-in').type('form').send({ _csrf: csrf, key: '' }).expect(400);
      expect(empty.text).toContain('<title>Error: Sign in with your school’s key – Homeward</title>');
      expect(empty.text).toMatch(/govuk-error-summary[\s\S]*href="#key">Enter your school’s key/);
      const wrongKey = `hws_${'W'.repeat(43)}`;
      const wrong = await agent.post('/school/sign-in').type('form').send({ _csrf: csrf, key: wrongKey }).expect(401);
      expect(wrong.text).toContain('The key is not right. Check it and try again, or ask the local authority for a new one');
      expect(wrong.text).not.toContain(wrongKey);
      const refused = await agent.get('/school').expect(302);
      expect(refused.headers.location).toBe('/school/sign-in?returnTo=%2Fschool');
    });

    it('given education-referrals limiting the address for refused keys (429), says so and when to try again', async () => {
      kit.educationReferrals.routes['GET /v1/schools/me'] = () => ({
        respond: (res) => {
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '45' });
          res.end(JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'too many requests without valid credentials from this address; retry after 45 s' }));
        },
      });
      const agent = request.agent(kit.web.url);
      const csrf = csrfTokenIn((await agent.get('/school/sign-in').expect(200)).text);
      const limited = await agent.post('/school/sign-in').type('form').send({ _csrf: csrf, key: SCHOOL_KEY }).expect(429);
      expect(limited.headers['retry-after']).toBe('45');
      expect(limited.text).toContain('Too many sign-ins have failed from your network. Try again in 45 seconds');
      // The browser's address went with the check, so the limit is this browser's, not staff-web's.
      expect(calls('GET', '/v1/schools/me').at(-1)?.headers['x-forwarded-for']).toBeTruthy();
    });

    it('signs out: the session ends, and the school pages send the browser to sign in again', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const out = await agent.post('/school/sign-out').type('form').send({ _csrf: csrf }).expect(303);
      expect(out.headers.location).toBe('/school/sign-in?signedOut=1');
      expect((await agent.get('/school/sign-in?signedOut=1').expect(200)).text).toContain('You have signed out.');
      await agent.get('/school/returns/absence').expect(302);
    });
  });

  describe('a school session and a staff session never reach each other’s pages', () => {
    it("refuses a school's session on the LA staff pages (403), and sends it from the front door to its own", async () => {
      const { agent } = await schoolAgent(kit.web.url);
      for (const path of ['/tasks', '/cme', '/children/search', '/alerts', '/leave']) {
        const refused = await agent.get(path).expect(403);
        expect(refused.text).toContain("This page is for the local authority's staff. You are signed in for Riverside Academy");
      }
      await agent.post('/session/extend').expect(403);
      expect((await agent.get('/').expect(302)).headers.location).toBe('/school');
    });

    it("refuses an LA staff session on the school's pages (403), and sends nothing to education-referrals", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      for (const path of ['/school', '/school/returns/deletion']) await agent.get(path).expect(403);
      await agent.post('/school/returns/absence').type('form').send({ _csrf: csrf, ...pupilAnswers() }).expect(403);
      expect(calls('POST', '/v1/school-returns/absences')).toHaveLength(0);
    });

    it('sends someone signed in as neither to the sign-in for the area they asked for', async () => {
      expect((await request(kit.web.url).get('/school/returns/sickness').expect(302)).headers.location).toBe('/school/sign-in?returnTo=%2Fschool%2Freturns%2Fsickness');
      expect((await request(kit.web.url).get('/tasks').expect(302)).headers.location).toBe('/sign-in?returnTo=%2Ftasks');
    });
  });

  describe('a deletion return', () => {
    const deletion = (returnId: string, overrides: Record<string, string> = {}) => ({
      returnId,
      ...pupilAnswers(),
      groundReason: 'CONTINUOUS_ABSENCE_20_DAYS',
      groundRegulation: '9',
      groundParagraph: '(1)(f)',
      ...formDate('deletionDate', '2026-11-30'),
      ...formDate('absenceStart', '2026-11-02'),
      ...overrides,
    });

    it('sends it under the key with the form’s returnId, and confirms with the case reference and the 20-day "not yet" in plain words', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const form = await agent.get('/school/returns/deletion').expect(200);
      const returnId = returnIdIn(form.text);
      expect(returnId).toMatch(/^[0-9a-f-]{36}$/);
      expect(form.text).toMatch(/value="CONTINUOUS_ABSENCE_20_DAYS"[\s\S]*Continuous absence of 20 school days/);

      const sent = await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId) }).expect(303);
      expect(sent.headers.location).toBe('/school/returns/deletion/sent');
      const posted = calls('POST', '/v1/school-returns/deletions').at(-1);
      expect(posted?.headers.authorization).toBe(`Bearer ${SCHOOL_KEY}`);
      expect(posted?.body).toEqual({
        returnId,
        pupil: { givenName: 'Amira', familyName: 'Khan', dateOfBirth: '2013-09-14', upn: 'A123456789012', address: { lines: ['12 Mill Lane', 'Bulwell', 'Nottingham'], postcode: 'NG6 8AB' } },
        parents: [{ name: 'Sara Khan', relationship: 'Mother', emergencyPhone: '07700 900123', livesWithPupil: true }],
        ground: { regulation: '9', paragraph: '(1)(f)', reason: 'CONTINUOUS_ABSENCE_20_DAYS' },
        deletionDate: '2026-11-30',
        absenceStart: '2026-11-02',
      });

      const receipt = await agent.get('/school/returns/deletion/sent').expect(200);
      expect(receipt.text).toMatch(/govuk-panel__title">\s*Deletion return sent[\s\S]*For Amira Khan[\s\S]*<strong>CME-2026-000042<\/strong>/);
      expect(receipt.text).toContain('You may not delete Amira Khan from your admission register yet.');
      expect(receipt.text).toMatch(/The 20th school day of their absence is Friday 27 November 2026\.[\s\S]*<li>The pupil has been absent 16 school days of the 20<\/li>[\s\S]*<li>No other local authority has been asked<\/li>[\s\S]*<li>Health has not been asked<\/li>/);
      expect(receipt.text).toContain(`case ${CASE_REFERENCE}`);

      // The same form sent twice (a double click, a resend) is one return: the same id, the same answer.
      await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId) }).expect(303);
      const both = calls('POST', '/v1/school-returns/deletions');
      expect(both).toHaveLength(2);
      expect((both[1].body as { returnId: string }).returnId).toBe(returnId);
    });

    it('given answers missing or wrong, shows the error summary linking to each question with the answers kept, and sends nothing', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const returnId = returnIdIn((await agent.get('/school/returns/deletion').expect(200)).text);
      const page = await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId, { postcode: 'nowhere', 'absenceStart-day': '', 'absenceStart-month': '', 'absenceStart-year': '', parent1Phone: '' }) }).expect(400);
      expect(calls('POST', '/v1/school-returns/deletions')).toHaveLength(0);
      expect(page.text).toContain('<title>Error: Send a deletion return – Homeward</title>');
      expect(page.text).toMatch(/govuk-error-summary[\s\S]*href="#absenceStart-day">Enter the first day of absence[\s\S]*href="#postcode">Enter a real postcode, like NG6 8AB[\s\S]*href="#parent1Phone">Enter a phone number for the parent or carer in an emergency/);
      expect(page.text).toMatch(/id="postcode" name="postcode" type="text"[^>]*value="nowhere"/);
      expect(page.text).toMatch(/name="groundReason" type="radio" value="CONTINUOUS_ABSENCE_20_DAYS" checked/);
      expect(page.text).toMatch(/id="familyName" name="familyName" type="text"[^>]*value="Khan"/);
      expect(returnIdIn(page.text)).toBe(returnId);
    });

    it("given education-referrals' 400, puts its problems on the form's questions in the school's words", async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const returnId = returnIdIn((await agent.get('/school/returns/deletion').expect(200)).text);
      const page = await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId, { familyName: REFUSED_FAMILY_NAME }) }).expect(400);
      expect(calls('POST', '/v1/school-returns/deletions')).toHaveLength(1);
      expect(page.text).toMatch(/govuk-error-summary[\s\S]*href="#dateOfBirth-day">Date of birth must be today or in the past[\s\S]*href="#deletionDate-day">Date of deletion must be after the pupil&#39;s date of birth/);
      expect(page.text).toMatch(/id="deletionDate-error"[\s\S]*Date of deletion must be after the pupil&#39;s date of birth/);
      expect(page.text).toMatch(/id="familyName" name="familyName" type="text"[^>]*value="Refused"/);
    });

    it('given the form sent before with other answers (409), keeps the answers and gives the form a new id', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const returnId = returnIdIn((await agent.get('/school/returns/deletion').expect(200)).text);
      await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId) }).expect(303);
      const changed = await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId, { groundParagraph: '(1)(g)' }) }).expect(400);
      expect(changed.text).toContain('This form was already sent with other answers');
      expect(returnIdIn(changed.text)).not.toBe(returnId);
      await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnIdIn(changed.text), { groundParagraph: '(1)(g)' }) }).expect(303);
    });

    it('given the school’s key revoked since sign-in, ends the session and sends the browser to sign in again', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url, REVOKED_KEY);
      state.revoked = true;
      const returnId = returnIdIn((await agent.get('/school/returns/deletion').expect(200)).text);
      const refused = await agent.post('/school/returns/deletion').type('form').send({ _csrf: csrf, ...deletion(returnId) }).expect(303);
      expect(refused.headers.location).toBe('/school/sign-in');
      await agent.get('/school').expect(302);
    });
  });

  describe('the other returns', () => {
    it('sends an absence notice with the codes and the school’s enquiries, and confirms the case', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const returnId = returnIdIn((await agent.get('/school/returns/absence').expect(200)).text);
      const answers = { returnId, ...pupilAnswers(), ...formDate('absenceStart', '2026-11-02'), schoolDaysAbsent: '11', attendanceCodes: 'O O G O O O N O O O O', ...formDate('enquiry1MadeOn', '2026-11-04'), enquiry1Made: 'Phoned both parents, no answer; letter sent home' };
      await agent.post('/school/returns/absence').type('form').send({ _csrf: csrf, ...answers }).expect(303);
      expect(calls('POST', '/v1/school-returns/absences').at(-1)?.body).toMatchObject({
        returnId,
        absenceStart: '2026-11-02',
        schoolDaysAbsent: 11,
        attendanceCodes: ['O', 'O', 'G', 'O', 'O', 'O', 'N', 'O', 'O', 'O', 'O'],
        enquiries: [{ madeOn: '2026-11-04', made: 'Phoned both parents, no answer; letter sent home' }],
      });
      const receipt = await agent.get('/school/returns/absence/sent').expect(200);
      expect(receipt.text).toMatch(/Absence notice sent[\s\S]*CME-2026-000042/);
      expect(receipt.text).not.toContain('Whether you may delete');
    });

    it('sends a new-pupil return and a sickness notice, each with its own fields', async () => {
      const { agent, csrf } = await schoolAgent(kit.web.url);
      const admissionId = returnIdIn((await agent.get('/school/returns/new-pupil').expect(200)).text);
      await agent.post('/school/returns/new-pupil').type('form').send({ _csrf: csrf, returnId: admissionId, ...pupilAnswers(), ...formDate('admissionDate', '2026-11-16'), previousSchoolName: 'Oakfield Primary', previousSchoolUrn: '140456' }).expect(303);
      expect(calls('POST', '/v1/school-returns/admissions').at(-1)?.body).toMatchObject({ returnId: admissionId, admissionDate: '2026-11-16', previousSchool: { name: 'Oakfield Primary', urn: '140456' } });
      expect((await agent.get('/school/returns/new-pupil/sent').expect(200)).text).toContain('closes its children missing education case');

      const sicknessId = returnIdIn((await agent.get('/school/returns/sickness').expect(200)).text);
      await agent.post('/school/returns/sickness').type('form').send({ _csrf: csrf, returnId: sicknessId, ...pupilAnswers(), ...formDate('absenceStart', '2026-10-12'), schoolDaysMissed: '15', note: 'Long-term illness' }).expect(303);
      expect(calls('POST', '/v1/school-returns/sickness').at(-1)?.body).toMatchObject({ returnId: sicknessId, absenceStart: '2026-10-12', schoolDaysMissed: 15, note: 'Long-term illness' });
      // The confirmation is for the return just sent; another return's address sends the school home.
      expect((await agent.get('/school/returns/absence/sent').expect(303)).headers.location).toBe('/school');
    });

    it('refuses a form sent without its CSRF token, and answers 404 for a return that is not one', async () => {
      const { agent } = await schoolAgent(kit.web.url);
      await agent.post('/school/returns/sickness').type('form').send({ ...pupilAnswers() }).expect(403);
      await agent.get('/school/returns/exclusion').expect(404);
      expect(calls('POST', '/v1/school-returns/sickness')).toHaveLength(0);
    });
  });
});
