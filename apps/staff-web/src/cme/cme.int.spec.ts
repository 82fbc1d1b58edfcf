import { ABSENT_ID, CLOSED_ID, cmeStubRoutes, daysAgo, ENQUIRY_REFUSED, ERASED_ID, LOST_ID, MOVING_ID, REFERRAL_REFUSED, REFERRED_ID } from '../testing/cme-fixtures';
import { csrfTokenIn, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

jest.setTimeout(60_000);

const date = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

describe('children missing education: the CME cases, enquiries, outcomes and referrals', () => {
  let kit: StaffWebKit;
  const now = new Date();
  const calls = (method: string, path: string) => kit.educationReferrals.calls.filter((c) => c.method === method && c.path === path);

  beforeAll(async () => {
    const routes = cmeStubRoutes(now);
    kit = await startStaffWebKit(routes);
  });

  beforeEach(() => {
    const routes = cmeStubRoutes(now);
    kit.educationReferrals.routes = routes.educationReferrals;
    Object.assign(kit.directory.routes, routes.directory);
    kit.educationReferrals.calls.length = 0;
  });

  afterAll(async () => {
    await kit?.stop();
  });

  describe('the lists', () => {
    it('shows the open cases, longest missing first, as the signed-in person, with the navigation item active', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/cme').expect(200);
      const asked = calls('GET', '/v1/cme-cases').at(-1);
      expect(asked?.headers.authorization).toBe('Bearer token-for-cmo');
      expect(asked?.query.get('status')).toBe('OPEN');
      expect(page.text).toMatch(/govuk-service-navigation__item--active[\s\S]*href="\/cme"/);
      expect(page.text).toMatch(/Theo Brown[\s\S]*Born 1 February 2015[\s\S]*CME-2026-000043[\s\S]*Another local authority[\s\S]*40 days[\s\S]*Amira Khan[\s\S]*Born 14 September 2013[\s\S]*CME-2026-000042[\s\S]*School&#39;s absence notice \(10 days\)[\s\S]*23 days/);
      expect(page.text).toContain(`href="/cme/${ABSENT_ID}"`);
      expect(page.text).not.toContain('Ruby Patel');
      expect(page.text).toContain('href="/cme/referrals/new"');
    });

    it('shows the closed cases with their outcomes, and the lost pupils (whereabouts unknown) on their own tab', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const closed = await agent.get('/cme?view=closed').expect(200);
      expect(calls('GET', '/v1/cme-cases').at(-1)?.query.get('status')).toBe('CLOSED');
      expect(closed.text).toMatch(/class="moj-sub-navigation__link" aria-current="page" href="\/cme\?view=closed"/);
      expect(closed.text).toMatch(/Leo Novak[\s\S]*Whereabouts unknown \(lost pupils database\)[\s\S]*40 school days[\s\S]*Ruby Patel[\s\S]*On roll at another school[\s\S]*12 school days/);
      const lost = await agent.get('/cme?view=lost').expect(200);
      expect(calls('GET', '/v1/cme-cases').at(-1)?.query.get('outcome')).toBe('WHEREABOUTS_UNKNOWN');
      expect(lost.text).toContain('Leo Novak');
      expect(lost.text).not.toContain('Ruby Patel');
      expect(lost.text).toContain('lost pupils database');
    });

    it('is in the navigation for CMO, manager and read-only staff, and refused to a protocol administrator', async () => {
      const reader = await signedInAgent(kit.web.url, 'reader');
      const page = await reader.agent.get('/cme').expect(200);
      expect(page.text).toContain('Children missing education');
      expect(page.text).not.toContain('href="/cme/referrals/new"');
      const admin = await signedInAgent(kit.web.url, 'admin');
      const tasks = await admin.agent.get('/tasks');
      expect(tasks.text).not.toContain('href="/cme"');
      await admin.agent.get('/cme').expect(403);
      await admin.agent.get(`/cme/${ABSENT_ID}`).expect(403);
    });
  });

  describe('a case', () => {
    it('shows the child and parents, the 20-day "not yet" answer with what is missing, the enquiries made and not made, and what was received', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/cme/${ABSENT_ID}`).expect(200);
      expect(calls('GET', `/v1/cme-cases/${ABSENT_ID}`).at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
      expect(page.text).toContain('<title>Amira Khan – CME case CME-2026-000042 – Homeward</title>');
      expect(page.text).toMatch(/Unique pupil number \(UPN\)[\s\S]*A123456789012/);
      expect(page.text).toMatch(/12 Mill Lane<br>Bulwell<br>Nottingham<br>NG6 8AB/);
      expect(page.text).toMatch(/Sara Khan[\s\S]*Mother[\s\S]*07700 900123[\s\S]*Lives with Amira[\s\S]*Yes/);
      expect(page.text).toMatch(/govuk-warning-text[\s\S]*The school may not delete this pupil yet/);
      expect(page.text).toMatch(/The 20th school day of Amira's absence is [^<]+\. Before the school may delete the pupil on the 20-day ground:[\s\S]*<li>The pupil has been absent 16 school days of the 20<\/li>[\s\S]*<li>No other local authority has been asked<\/li>[\s\S]*<li>Health has not been asked<\/li>/);
      expect(page.text).toMatch(/School, other schools and school census[\s\S]*Did not find the child[\s\S]*Not on roll anywhere in Key to Success[\s\S]*Casey Morgan[\s\S]*Home visit[\s\S]*No response[\s\S]*Jordan Lee/);
      expect(page.text).toMatch(/Not made yet[\s\S]*Other local authorities[\s\S]*Health[\s\S]*Police[\s\S]*Housing[\s\S]*DWP and HMRC/);
      expect(page.text).toMatch(/Returns and referrals received[\s\S]*Absence notice[\s\S]*Riverside Academy \(URN 140123\)[\s\S]*10 school days absent when sent/);
      expect(page.text).toContain(`href="/cme/${ABSENT_ID}/enquiries/new"`);
      expect(page.text).toContain(`href="/cme/${ABSENT_ID}/outcome"`);
    });

    it('shows a closed case with its outcome and no actions', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/cme/${CLOSED_ID}`).expect(200);
      expect(page.text).toMatch(/id="outcome">Outcome[\s\S]*On roll at another school[\s\S]*Hillside School \(URN 150456\)[\s\S]*School in this authority[\s\S]*Yes[\s\S]*12 school days[\s\S]*by Casey Morgan/);
      expect(page.text).not.toContain('/enquiries/new');
      expect(page.text).not.toContain(`/cme/${CLOSED_ID}/outcome"`);
      const lost = await agent.get(`/cme/${LOST_ID}`).expect(200);
      expect(lost.text).toMatch(/Lost CTF uploaded to the lost pupils database on/);
    });

    it("shows an erased child's case naming no one, saying when it was erased, with its outcome; the closed list names no one either", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/cme/${ERASED_ID}`).expect(200);
      expect(page.text).toMatch(/<h1[^>]*>Child \(details erased\)/);
      expect(page.text).toMatch(/This child&#39;s personal data was erased on \d{1,2} \w+ \d{4}/);
      expect(page.text).toMatch(/id="outcome">Outcome[\s\S]*On roll at another school/);
      expect(page.text).not.toMatch(/undefined|null null|Ruby/);
      const closed = await agent.get('/cme?view=closed').expect(200);
      expect(closed.text).toMatch(/Child \(details erased\)<span class="govuk-visually-hidden">, case CME-2026-000009/);
    });

    it('shows a referral from another LA with who made it and why', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/cme/${REFERRED_ID}`).expect(200);
      expect(page.text).toMatch(/Referral from another local authority[\s\S]*Dee Walsh, Derbyshire County Council, CME team[\s\S]*Family moved here from Derby/);
      expect(page.text).not.toContain('20-day answer');
    });

    it('is a page not found for an id that is not one, or a case education-referrals does not have', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      await agent.get('/cme/not-a-case').expect(404);
      await agent.get('/cme/9f9f9f9f-9f9f-4f9f-8f9f-9f9f9f9f9f9f').expect(404);
    });
  });

  describe('recording a reasonable enquiry', () => {
    const path = `/cme/${ABSENT_ID}/enquiries/new`;

    it('offers every enquiry, saying which are recorded already', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(path).expect(200);
      for (const value of ['SCHOOL_AND_CENSUS', 'OTHER_LOCAL_AUTHORITY', 'HEALTH', 'POLICE', 'HOUSING', 'DWP_HMRC', 'HOME_VISIT']) expect(form.text).toContain(`value="${value}"`);
      expect(form.text).toMatch(/value="HOME_VISIT"[\s\S]*Already recorded, made on/);
    });

    it('posts the enquiry as education-referrals takes it, then shows the case with a banner', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const madeOn = daysAgo(now, 1);
      await agent
        .post(path)
        .type('form')
        .send({ _csrf: csrf, enquiry: 'HEALTH', ...date('madeOn', madeOn), result: 'NOT_FOUND', note: '  GP practice has no record since July ' })
        .expect(303)
        .expect('location', `/cme/${ABSENT_ID}`);
      const sent = calls('POST', `/v1/cme-cases/${ABSENT_ID}/enquiries`);
      expect(sent).toHaveLength(1);
      expect(sent[0].headers.authorization).toBe('Bearer token-for-cmo');
      expect(sent[0].body).toEqual({ enquiry: 'HEALTH', madeOn, result: 'NOT_FOUND', note: 'GP practice has no record since July' });
      const page = await agent.get(`/cme/${ABSENT_ID}`).expect(200);
      expect(page.text).toMatch(/govuk-notification-banner--success[\s\S]*Enquiry recorded[\s\S]*Health, [^<]+: did not find the child\./);
      expect(page.text).toContain('GP practice has no record since July');
    });

    it('asks for what is missing in GOV.UK words, keeping the answers, and sends nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, enquiry: 'POLICE', 'madeOn-day': '31', 'madeOn-month': '2', 'madeOn-year': '2026', note: 'Asked the MISPER desk' }).expect(400);
      expect(page.text).toContain('<title>Error: Record an enquiry for Amira Khan – Homeward</title>');
      expect(page.text).toContain('<a href="#madeOn-day">Date the enquiry was made must be a real date</a>');
      expect(page.text).toContain('<a href="#result">Select what the enquiry found</a>');
      expect(page.text).toMatch(/value="POLICE" checked/);
      expect(page.text).toMatch(/id="madeOn-day" name="madeOn-day" type="text"[^>]*value="31"/);
      expect(page.text).toContain('Asked the MISPER desk</textarea>');
      expect(calls('POST', `/v1/cme-cases/${ABSENT_ID}/enquiries`)).toHaveLength(0);
    });

    it("puts education-referrals' 400 on the question it names, keeping the answers", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, enquiry: 'HOUSING', ...date('madeOn', daysAgo(now, 0)), result: 'NO_RESPONSE', note: ENQUIRY_REFUSED }).expect(400);
      expect(page.text).toContain('<a href="#madeOn-day">Date the enquiry was made must be today or in the past</a>');
      expect(page.text).toMatch(/value="HOUSING" checked/);
      expect(page.text).toMatch(/value="NO_RESPONSE" checked/);
    });

    it('sends the person back to a closed case, saying so', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      await agent.post(`/cme/${CLOSED_ID}/enquiries/new`).type('form').send({ _csrf: csrf, enquiry: 'HEALTH', ...date('madeOn', daysAgo(now, 1)), result: 'NOT_FOUND' }).expect(303).expect('location', `/cme/${CLOSED_ID}`);
      const page = await agent.get(`/cme/${CLOSED_ID}`);
      expect(page.text).toContain('This case is closed');
    });
  });

  describe('recording the outcome', () => {
    const path = `/cme/${ABSENT_ID}/outcome`;

    it('offers the outcomes with their questions, but not s19 for a case no sickness notice began', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(path).expect(200);
      for (const value of ['ON_ROLL_ELSEWHERE', 'PLACE_ARRANGED', 'ELECTIVE_HOME_EDUCATION', 'MOVED_TO_ANOTHER_LA', 'LEFT_THE_COUNTRY', 'WHEREABOUTS_UNKNOWN', 'SAFEGUARDING_REFERRAL']) expect(form.text).toContain(`value="${value}"`);
      expect(form.text).not.toContain('value="S19_CONSIDERED"');
      expect(form.text).toMatch(/id="conditional-outcome"[\s\S]*id="onRollSchool"/);
    });

    it("puts education-referrals' refusal of whereabouts unknown (enquiries still to make) on the outcome, keeping the answers", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, outcome: 'WHEREABOUTS_UNKNOWN', ...date('ctfUploadedOn', daysAgo(now, 1)), ...date('resolvedOn', daysAgo(now, 1)) }).expect(400);
      expect(page.text).toMatch(/<a href="#outcome">Make every reasonable enquiry before recording whereabouts unknown: no other local authority has been asked; Health has not been asked/);
      expect(page.text).toMatch(/value="WHEREABOUTS_UNKNOWN" checked/);
      expect(page.text).toMatch(/id="ctfUploadedOn-day" name="ctfUploadedOn-day" type="text"[^>]*value="\d+"/);
      expect(calls('POST', `/v1/cme-cases/${ABSENT_ID}/outcome`)).toHaveLength(1);
    });

    it("asks for the chosen outcome's facts before sending anything", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.post(path).type('form').send({ _csrf: csrf, outcome: 'ON_ROLL_ELSEWHERE', onRollUrn: '12' }).expect(400);
      expect(page.text).toContain('<a href="#onRollSchool">Enter the name of the school the child is on roll at</a>');
      expect(page.text).toContain('<a href="#onRollUrn">Enter the school&#39;s URN as 6 digits, for example 140123</a>');
      expect(page.text).toContain('<a href="#onRollInArea">Select whether the school is in this authority</a>');
      expect(page.text).toContain('<a href="#resolvedOn-day">Enter the date the case was resolved</a>');
      const none = await agent.post(path).type('form').send({ _csrf: csrf }).expect(400);
      expect(none.text).toContain('<a href="#outcome">Select the outcome</a>');
      expect(calls('POST', `/v1/cme-cases/${ABSENT_ID}/outcome`)).toHaveLength(0);
    });

    it('closes the case with the outcome and only its facts, then shows it closed with a banner', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const resolvedOn = daysAgo(now, 2);
      await agent
        .post(path)
        .type('form')
        .send({ _csrf: csrf, outcome: 'ON_ROLL_ELSEWHERE', onRollSchool: 'Hillside School', onRollUrn: '150456', onRollInArea: 'no', country: 'Left over from another choice', ...date('resolvedOn', resolvedOn) })
        .expect(303)
        .expect('location', `/cme/${ABSENT_ID}`);
      const sent = calls('POST', `/v1/cme-cases/${ABSENT_ID}/outcome`);
      expect(sent.at(-1)?.headers.authorization).toBe('Bearer token-for-manager');
      expect(sent.at(-1)?.body).toEqual({ outcome: 'ON_ROLL_ELSEWHERE', school: { name: 'Hillside School', urn: '150456' }, schoolInArea: false, resolvedOn });
      const page = await agent.get(`/cme/${ABSENT_ID}`).expect(200);
      expect(page.text).toMatch(/govuk-notification-banner--success[\s\S]*CME case CME-2026-000042 closed[\s\S]*Outcome: on roll at another school\. School days missing education: 9\./);
      expect(page.text).not.toContain('/enquiries/new');
    });
  });

  it("hands a case over to an authority chosen from the directory; the case says where the notice went", async () => {
    const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
    const form = await agent.get(`/cme/${MOVING_ID}/outcome`).expect(200);
    expect(form.text).toMatch(/<select class="govuk-select" id="authority" name="authority"[\s\S]*<option value="">Choose an authority<\/option>[\s\S]*<option value="E10000007">Derbyshire County Council \(E10000007\)<\/option>/);
    const resolvedOn = daysAgo(now, 1);
    const none = await agent.post(`/cme/${MOVING_ID}/outcome`).type('form').send({ _csrf: csrf, outcome: 'MOVED_TO_ANOTHER_LA', authority: '', ...date('resolvedOn', resolvedOn) }).expect(400);
    expect(none.text).toContain('<a href="#authority">Choose the authority now responsible</a>');
    expect(none.text).toMatch(/<option value="E10000007">Derbyshire/);
    await agent.post(`/cme/${MOVING_ID}/outcome`).type('form').send({ _csrf: csrf, outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000007', ...date('resolvedOn', resolvedOn) }).expect(303);
    expect(calls('POST', `/v1/cme-cases/${MOVING_ID}/outcome`).at(-1)?.body).toEqual({ outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000007', resolvedOn });
    const page = await agent.get(`/cme/${MOVING_ID}`).expect(200);
    expect(page.text).toMatch(/Authority now responsible[\s\S]*Derbyshire County Council \(E10000007\)[\s\S]*Hand-over notice[\s\S]*E-mailed to cme@derbyshire.example.gov.uk on/);
  });

  describe('recording a referral', () => {
    const path = '/cme/referrals/new';
    const referral = (now: Date) => ({
      source: 'OTHER_LOCAL_AUTHORITY',
      referrerName: 'Dee Walsh',
      referrerOrganisation: 'Derbyshire County Council, CME team',
      referrerPhone: '',
      givenName: 'Theo',
      familyName: 'Brown',
      ...date('dateOfBirth', '2015-02-01'),
      upn: '',
      addressLines: '4 Park Row\r\nNottingham',
      postcode: 'ng1 6gn',
      schoolName: '',
      schoolUrn: '',
      parentName: '',
      parentRelationship: '',
      parentPhone: '',
      ...date('receivedOn', daysAgo(now, 1)),
      ...date('missingSince', daysAgo(now, 40)),
      reason: 'Family moved here from Derby in October; no school place applied for',
    });

    it("sends the referral as the signed-in person with the form's own id, then shows the case with a banner", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(path).expect(200);
      const referralId = /name="referralId" value="([^"]+)"/.exec(form.text)?.[1];
      expect(referralId).toMatch(/^[0-9a-f-]{36}$/);
      await agent.post(path).type('form').send({ _csrf: csrfTokenIn(form.text), referralId, ...referral(now) }).expect(303).expect('location', `/cme/${REFERRED_ID}`);
      const sent = calls('POST', '/v1/cme-referrals');
      expect(sent.at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
      expect(sent.at(-1)?.body).toEqual({
        referralId,
        source: 'OTHER_LOCAL_AUTHORITY',
        referrer: { name: 'Dee Walsh', organisation: 'Derbyshire County Council, CME team' },
        child: { givenName: 'Theo', familyName: 'Brown', dateOfBirth: '2015-02-01', address: { lines: ['4 Park Row', 'Nottingham'], postcode: 'NG1 6GN' } },
        receivedOn: daysAgo(now, 1),
        missingSince: daysAgo(now, 40),
        reason: 'Family moved here from Derby in October; no school place applied for',
      });
      const page = await agent.get(`/cme/${REFERRED_ID}`).expect(200);
      expect(page.text).toMatch(/govuk-notification-banner--success[\s\S]*Referral recorded[\s\S]*CME case CME-2026-000043/);
    });

    it("asks for what is missing, and puts education-referrals' refusal on its question, keeping the answers", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const blank = await agent.post(path).type('form').send({ _csrf: csrf, givenName: 'Theo', parentName: 'Mia Brown' }).expect(400);
      for (const [href, text] of [
        ['source', 'Select who referred the child'],
        ['referrerName', 'Enter the name of the person who referred the child'],
        ['familyName', 'Enter the child&#39;s family name'],
        ['dateOfBirth-day', 'Enter the date of birth'],
        ['parentPhone', 'Enter the parent or carer&#39;s phone number'],
        ['parentLivesWith', 'Select whether the child lives with them'],
        ['receivedOn-day', 'Enter the date the referral was received'],
        ['reason', 'Enter why the child may be missing education'],
      ]) expect(blank.text).toContain(`<a href="#${href}">${text}</a>`);
      expect(blank.text).toMatch(/id="givenName" name="givenName" type="text"[^>]*value="Theo"/);
      const refused = await agent.post(path).type('form').send({ _csrf: csrf, ...referral(now), reason: REFERRAL_REFUSED }).expect(400);
      expect(refused.text).toContain('<a href="#dateOfBirth-day">The date of birth is in the future</a>');
      expect(refused.text).toMatch(/value="OTHER_LOCAL_AUTHORITY" checked/);
      expect(calls('POST', '/v1/cme-referrals')).toHaveLength(1);
    });
  });

  describe('a read-only user', () => {
    it('reads the case with no record buttons, and is refused every form and action (403), sending nothing', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'reader');
      const page = await agent.get(`/cme/${ABSENT_ID}`).expect(200);
      expect(page.text).toContain('The school may not delete this pupil yet');
      expect(page.text).not.toContain('Record an enquiry');
      expect(page.text).not.toContain('Record the outcome');
      await agent.get(`/cme/${ABSENT_ID}/enquiries/new`).expect(403);
      await agent.post(`/cme/${ABSENT_ID}/enquiries/new`).type('form').send({ _csrf: csrf, enquiry: 'HEALTH', ...date('madeOn', daysAgo(now, 1)), result: 'NOT_FOUND' }).expect(403);
      await agent.get(`/cme/${ABSENT_ID}/outcome`).expect(403);
      await agent.post(`/cme/${ABSENT_ID}/outcome`).type('form').send({ _csrf: csrf, outcome: 'ELECTIVE_HOME_EDUCATION', ...date('resolvedOn', daysAgo(now, 1)) }).expect(403);
      await agent.get('/cme/referrals/new').expect(403);
      await agent.post('/cme/referrals/new').type('form').send({ _csrf: csrf, reason: 'x' }).expect(403);
      expect(kit.educationReferrals.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    });
  });
});
