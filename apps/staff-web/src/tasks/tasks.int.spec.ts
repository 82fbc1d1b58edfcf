import request from 'supertest';
import { csrfTokenIn, directoryRoutes, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { AMIR_EDUCATION_KEY, AMIR_ID, AMIR_REF, amirCmeCase, AMY_ID, CME_CASE_ID, CME_CASE_REF, CME_TASK_ID, cmeTask, DECISION_ID, INTERVIEW_ID, OFFERED_ID, REVIEW_ID, STRATEGY_ID, teamStub, TeamStub, teamTasks } from './testing/task-fixtures';

describe('the work queue, a task and its outcome forms (staff-web routes against stubbed services)', () => {
  let kit: StaffWebKit;
  let team: TeamStub;

  beforeAll(async () => {
    kit = await startStaffWebKit();
  });

  afterAll(async () => {
    await kit?.stop();
  });

  // Fresh work for every test: claims and outcomes change the stubs' tasks, as they would the service's.
  beforeEach(() => {
    team = teamStub(new Date());
    kit.directory.routes = { ...directoryRoutes(), ...team.directory };
    kit.protocolEngine.routes = { ...team.protocolEngine };
    // No CME cases unless a test gives a child one (the stub's 404 reads as none).
    kit.educationReferrals.routes = {};
    kit.directory.calls.length = 0;
    kit.protocolEngine.calls.length = 0;
  });

  const callsTo = (stub: StaffWebKit['directory'], method: string, path: string) => stub.calls.filter((c) => c.method === method && c.path === path);
  const taskListCalls = () => callsTo(kit.directory, 'GET', '/v1/tasks');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

  describe('GET /tasks', () => {
    it("starts a CMO on their own open work, with the children's names and ages from one protocol-engine call", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.directory.calls.length = 0;
      kit.protocolEngine.calls.length = 0;
      const page = await agent.get('/tasks').expect(200);

      expect(page.text).toContain('<title>My work – Homeward</title>');
      expect(page.text).toMatch(/<a class="moj-sub-navigation__link" aria-current="page" href="\/tasks\?view=mine">\s*My work/);
      const mine = taskListCalls().find((c) => c.query.get('assignee') === 'cmo');
      expect(Object.fromEntries(mine?.query ?? [])).toEqual({ assignee: 'cmo', open: 'true', sort: 'dueAt', page: '1', pageSize: '25' });
      expect(mine?.headers.authorization).toBe('Bearer token-for-cmo');

      const lookups = callsTo(kit.protocolEngine, 'GET', '/v1/children');
      expect(lookups).toHaveLength(1);
      expect(lookups[0].query.get('purpose')).toBe('LIST');
      expect(lookups[0].query.get('ids')?.split(',').sort()).toEqual([AMIR_ID, AMY_ID].sort());

      const words = text(page.text);
      expect(words).toContain("Amy O'Neil : strategy discussion, NT/26/004512");
      expect(words).toContain('Age 14 Looked after, This council');
      expect(words).toMatch(/Strategy discussion NT\/26\/004512 Urgent High risk CSE Mental health Casey Morgan/);
      expect(words).toMatch(/overdue by 2 hours Overdue Claimed/);
      expect(words).toContain('Amir Okafor');
      expect(words).not.toContain('Rowan Patel'); // the review is Rowan's, not mine
      // The counts at the top: mine overdue, and the team's unclaimed work.
      expect(words).toMatch(/1 overdue \d due today 1 unclaimed in the team queue/);
      expect(page.text).toContain('href="/tasks/22222222-2222-4222-8222-222222222222"');
    });

    it('shows the team queue with who has each task, and a claim button on unclaimed work', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get('/tasks?view=team').expect(200);
      expect(page.text).toContain('<title>Team queue – Homeward</title>');
      const words = text(page.text);
      expect(words).toContain('Rowan Patel');
      expect(words).toMatch(/Claim return interview, NT\/26\/003981 for Amy O'Neil/);
      expect(words).toMatch(/due in (4|5) hours/);
      expect(page.text).toMatch(/<form method="post" action="\/tasks\/11111111-1111-4111-8111-111111111111\/claim"/);
      expect(page.text).toContain('name="returnTo" value="/tasks?view=team"');
    });

    it('starts read-only and protocol staff on the team queue, with no tabs and nothing to claim', async () => {
      for (const who of ['reader', 'admin'] as const) {
        const { agent } = await signedInAgent(kit.web.url, who);
        const page = await agent.get('/tasks?view=mine').expect(200);
        expect(page.text).toContain('<title>Team queue – Homeward</title>');
        expect(page.text).not.toContain('moj-sub-navigation');
        expect(page.text).not.toContain('/claim"');
        expect(text(page.text)).toContain("Amy O'Neil");
      }
    });

    it('passes the filters and the sort to compliance-tracker, shows them selected, and says the order with aria-sort', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.directory.calls.length = 0;
      const page = await agent.get('/tasks?view=team&type=RETURN_INTERVIEW&status=OPEN&status=CLAIMED&assignee=none&priority=PRIORITY&sort=-priority').expect(200);
      const call = taskListCalls().find((c) => c.query.get('type'));
      expect(Object.fromEntries(call?.query ?? [])).toEqual({
        assignee: 'none', type: 'RETURN_INTERVIEW', priority: 'PRIORITY', status: 'OPEN,CLAIMED', sort: '-priority', page: '1', pageSize: '25',
      });
      expect(text(page.text)).toContain("Amy O'Neil : return interview");
      expect(page.text).toMatch(/<th scope="col" class="govuk-table__header" aria-sort="descending">\s*<a[^>]*href="\/tasks\?view=team&amp;type=RETURN_INTERVIEW&amp;status=OPEN&amp;status=CLAIMED&amp;assignee=none&amp;priority=PRIORITY&amp;sort=priority"/);
      // Back to the default order (soonest deadline first): no sort in the address.
      expect(page.text).toMatch(/aria-sort="none">\s*<a[^>]*href="\/tasks\?view=team[^"]*priority=PRIORITY">Deadline</);
      expect(page.text).toContain('Selected filters');
      expect(page.text).toContain('<span class="govuk-visually-hidden">Remove this filter</span> Return interview');
      expect(page.text).toMatch(/id="filter-assignee-2" name="assignee" type="radio" value="none" checked/);
      // Nothing matches these: said in words, with the way out.
      const none = await agent.get('/tasks?view=team&type=RETURN_INTERVIEW&assignee=none&overdue=true').expect(200);
      expect(taskListCalls().at(-1)?.query.get('overdue')).toBe('true');
      expect(text(none.text)).toContain('No work matches this search and these filters.');
      expect(none.text).toContain('Clear filters');
    });

    it('finds one child by name and shows their work; asks which child when several match; says when none does', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.directory.calls.length = 0;
      const one = await agent.get('/tasks?view=team&q=amir').expect(200);
      expect(callsTo(kit.protocolEngine, 'GET', '/v1/children/search').at(-1)?.query.get('q')).toBe('amir');
      expect(taskListCalls().some((c) => c.query.get('childId') === AMIR_ID)).toBe(true);
      expect(text(one.text)).toMatch(/Showing the work for Amir Okafor \(born 19 November 2010\)/);
      expect(text(one.text)).not.toContain("Amy O'Neil :");

      const several = await agent.get('/tasks?view=team&q=am').expect(200);
      expect(text(several.text)).toContain('2 children match “am”');
      expect(several.text).toContain(`href="/tasks?view=team&amp;child=${AMY_ID}"`);
      const chosen = await agent.get(`/tasks?view=team&child=${AMY_ID}`).expect(200);
      expect(text(chosen.text)).toContain("Showing the work for Amy O'Neil");

      const none = await agent.get('/tasks?view=team&q=zebedee').expect(200);
      expect(text(none.text)).toContain('No child or police reference matches “zebedee”');
      expect(none.text).toContain('href="/children/search?q=zebedee"');
    });

    it('finds the work for a police reference on the tasks themselves', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.directory.calls.length = 0;
      const page = await agent.get(`/tasks?view=team&q=${encodeURIComponent(AMIR_REF)}`).expect(200);
      expect(taskListCalls().filter((c) => c.query.get('policeReference') === AMIR_REF).length).toBeGreaterThanOrEqual(2);
      expect(callsTo(kit.protocolEngine, 'GET', '/v1/children/search')).toHaveLength(0);
      expect(text(page.text)).toContain(`Showing the work for police reference ${AMIR_REF}`);
      expect(text(page.text)).toContain('Amir Okafor');
    });

    it('asks for more than one letter, in an error summary, keeping what was typed', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/tasks?view=team&q=a').expect(200);
      expect(page.text).toContain('<title>Error: Team queue – Homeward</title>');
      expect(page.text).toContain('<a href="#q">Enter a police reference, or at least 2 letters of a name</a>');
      expect(page.text).toMatch(/id="q" name="q" type="text"[^>]*value="a"/);
    });

    it('says so in words when there is no work', async () => {
      team.tasks.length = 0;
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const mine = await agent.get('/tasks').expect(200);
      expect(text(mine.text)).toMatch(/You have no open work\. See the unclaimed work in the team queue ?\./);
      expect(callsTo(kit.protocolEngine, 'GET', '/v1/children')).toHaveLength(0);
      const teamPage = await agent.get('/tasks?view=team').expect(200);
      expect(text(teamPage.text)).toContain('There is no open work in the team queue.');
    });

    it('pages on the server with GOV.UK pagination', async () => {
      const base = team.tasks[0];
      for (let i = 0; i < 30; i++) team.tasks.push({ ...base, id: `99999999-9999-4999-8999-${String(i).padStart(12, '0')}`, dueAt: new Date(Date.now() + (10 + i) * 3_600_000).toISOString() });
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const first = await agent.get('/tasks?view=team').expect(200);
      expect(text(first.text)).toContain('Showing 1 to 25 of 34 tasks');
      expect(first.text).toMatch(/<a class="govuk-link govuk-pagination__link" href="\/tasks\?view=team&amp;page=2" rel="next">/);
      const second = await agent.get('/tasks?view=team&page=2').expect(200);
      expect(text(second.text)).toContain('Showing 26 to 34 of 34 tasks');
      expect(second.text).toContain('aria-current="page"');
    });
  });

  describe('POST /tasks/{id}/claim', () => {
    it('claims for the CMO and goes back to the same list, with a banner naming the child and the work', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const list = await agent.get('/tasks?view=team&priority=PRIORITY').expect(200);
      const res = await agent.post(`/tasks/${INTERVIEW_ID}/claim`).type('form').send({ _csrf: csrfTokenIn(list.text), returnTo: '/tasks?view=team&priority=PRIORITY' }).expect(303);
      expect(res.headers.location).toBe('/tasks?view=team&priority=PRIORITY');
      const claim = callsTo(kit.directory, 'POST', `/v1/tasks/${INTERVIEW_ID}/claim`);
      expect(claim).toHaveLength(1);
      expect(claim[0].headers.authorization).toBe('Bearer token-for-cmo');

      const after = await agent.get(res.headers.location).expect(200);
      expect(after.text).toContain('govuk-notification-banner--success');
      expect(text(after.text)).toContain("You claimed the return interview for Amy O'Neil");
      // The owner's answer, read again: it is Casey's now.
      expect(text(after.text)).toMatch(/Amy O'Neil : return interview, NT\/26\/003981 Age 14 Looked after, Derbyshire County Council Return interview NT\/26\/003981 Priority .* Casey Morgan/);
    });

    it('says who has it when someone claimed it first (409), and never sends the person elsewhere', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const res = await agent.post(`/tasks/${STRATEGY_ID}/claim`).type('form').send({ _csrf: csrf, returnTo: '//evil.example/tasks' }).expect(303);
      expect(res.headers.location).toBe(`/tasks/${STRATEGY_ID}`);
      const page = await agent.get(res.headers.location).expect(200);
      expect(text(page.text)).toContain("Casey Morgan has already claimed the strategy discussion for Amy O'Neil");
    });

    it('refuses a claim without the CSRF token, and a read-only officer (403), calling nothing', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      await agent.post(`/tasks/${INTERVIEW_ID}/claim`).type('form').send({ returnTo: '/tasks' }).expect(403);
      const { agent: reader, csrf } = await signedInAgent(kit.web.url, 'reader');
      const refused = await reader.post(`/tasks/${INTERVIEW_ID}/claim`).type('form').send({ _csrf: csrf }).expect(403);
      expect(refused.text).toContain('You cannot use this page');
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${INTERVIEW_ID}/claim`)).toHaveLength(0);
    });
  });

  describe('GET /tasks/{id}', () => {
    it('shows the child, the episode, why the task exists, the deadline and the history, and records a TASK view', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.protocolEngine.calls.length = 0;
      const page = await agent.get(`/tasks/${INTERVIEW_ID}`).expect(200);
      expect(page.text).toContain("<title>Return interview for Amy O&#39;Neil – Homeward</title>");
      const record = callsTo(kit.protocolEngine, 'GET', `/v1/children/${AMY_ID}`);
      expect(record).toHaveLength(1);
      expect(record[0].query.get('purpose')).toBe('TASK');
      expect(callsTo(kit.protocolEngine, 'GET', `/v1/decisions/${DECISION_ID}`)).toHaveLength(1);

      const words = text(page.text);
      expect(words).toContain('Date of birth 4 May 2012 (age 14)');
      expect(words).toContain('Care status Looked after');
      expect(words).toContain('Placing authority Derbyshire County Council');
      expect(words).toContain('Allocated worker Not recorded');
      expect(words).toContain('Child sexual exploitation (CSE)');
      expect(page.text).toContain(`href="/children/${AMY_ID}"`);
      expect(words).toContain('Missing from Children\'s home');
      expect(words).toMatch(/Locations NG7 2RD Last seen, .* A friend's flat in Derby, DE1 2AB Found, /);
      expect(words).toContain('Returned to Placement');
      expect(words).toContain('Asked for by Police notification: found');
      expect(words).toContain('Rules that asked for it Found: a return interview within 72 hours Return interview is a priority');
      expect(words).toContain('Other rules that fired A CSE flag makes the risk at least HIGH');
      expect(words).toContain('Protocol NSCB default (version nscb-default-2)');
      expect(words).toMatch(/Counted as 72 hours from /);
      expect(words).toContain('Nothing recorded yet');
      expect(words).toMatch(/Task created by Homeward \(the protocol\)/);
      expect(page.text).toMatch(/<time datetime="[^"]+">\d{1,2} \w+ \d{4} at /);
      // Open work: the CMO may claim it; there is nothing to record until then.
      expect(page.text).toContain('Claim this task');
      expect(page.text).not.toContain('Record what happened');
    });

    it('gives read-only staff the task without the actions or the interview summary', async () => {
      const held = team.tasks.find((t) => t.id === OFFERED_ID);
      Object.assign(held ?? {}, { status: 'COMPLETED', outcomeSummary: 'Stayed with a friend in Derby.', outcome: { ...held?.outcome, heldAt: new Date(Date.now() - 3_600_000).toISOString(), interviewerIndependent: true, result: 'HELD' } });
      const { agent: reader } = await signedInAgent(kit.web.url, 'reader');
      const page = await reader.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(page.text).not.toContain('Claim this task');
      expect(page.text).not.toContain('Record what happened');
      expect(page.text).not.toContain('Stayed with a friend');
      expect(text(page.text)).toContain('Independent interviewer Yes');

      const { agent: cmo } = await signedInAgent(kit.web.url, 'cmo');
      const forCmo = await cmo.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(text(forCmo.text)).toContain('Summary of the interview Stayed with a friend in Derby.');
      expect(text(forCmo.text)).toContain('This task is closed: there is nothing more to record.');
    });

    it('answers 404 for a task that does not exist or an address that is not a task', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const missing = await agent.get('/tasks/66666666-6666-4666-8666-666666666666').expect(404);
      expect(missing.text).toContain('Page not found');
      await agent.get('/tasks/not-a-task').expect(404);
    });
  });

  describe('GET and POST /tasks/{id}/outcome', () => {
    it("offers the choices the task's state allows, and refuses read-only staff (403)", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(`/tasks/${OFFERED_ID}/outcome`).expect(200);
      expect(form.text).toContain('<title>Record the return interview for Amir Okafor – Homeward</title>');
      expect(form.text).toMatch(/name="kind" type="radio" value="ACCEPTED"/);
      expect(form.text).toMatch(/name="kind" type="radio" value="DECLINED"/);
      expect(form.text).toMatch(/name="kind" type="radio" value="HELD" data-aria-controls="conditional-kind-3"/);
      expect(form.text).not.toContain('value="OFFERED"');
      expect(callsTo(kit.protocolEngine, 'GET', '/v1/children').at(-1)?.query.get('purpose')).toBe('TASK');

      const open = await agent.get(`/tasks/${INTERVIEW_ID}/outcome`).expect(200);
      expect(text(open.text)).toContain('Nobody has claimed this task yet. Claim it before you record what happened.');

      const { agent: reader } = await signedInAgent(kit.web.url, 'reader');
      await reader.get(`/tasks/${OFFERED_ID}/outcome`).expect(403);
    });

    it('refuses a post without the CSRF token, or from a read-only officer, calling nothing', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      await agent.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ kind: 'ACCEPTED' }).expect(403);
      const { agent: reader, csrf } = await signedInAgent(kit.web.url, 'reader');
      await reader.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ _csrf: csrf, kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' }).expect(403);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/outcome`)).toHaveLength(0);
    });

    it("shows the page's own errors in a summary and inline, with every answer kept", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const none = await agent.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ _csrf: csrf }).expect(400);
      expect(none.text).toContain('<title>Error: Record the return interview for Amir Okafor – Homeward</title>');
      expect(none.text).toContain('<a href="#kind">Select what happened</a>');

      const held = await agent
        .post(`/tasks/${OFFERED_ID}/outcome`)
        .type('form')
        .send({ _csrf: csrf, kind: 'HELD', 'heldAt-day': '31', 'heldAt-month': '2', 'heldAt-year': '2026', 'heldAt-time': '3pm', summary: 'Talked about school' })
        .expect(400);
      expect(held.text).toContain('<a href="#heldAt-day">Date the interview was held must be a real date</a>');
      expect(held.text).toContain("<a href=\"#interviewerIndependent\">Select whether the interviewer was independent of the child&#39;s care</a>");
      expect(held.text).toMatch(/id="heldAt-day" name="heldAt-day" type="text" value="31"/);
      expect(held.text).toMatch(/name="heldAt-time" type="text"[^>]*value="3pm"/);
      expect(held.text).toContain('>Talked about school</textarea>');
      expect(held.text).toMatch(/value="HELD" checked data-aria-controls="conditional-kind-3"/);
      expect(held.text).toMatch(/<p id="interviewerIndependent-error" class="govuk-error-message">/);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/outcome`)).toHaveLength(0);
    });

    it('records the interview held as RecordOutcomeDto, then shows the task with a success banner', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const yesterday = new Date(Date.now() - 24 * 3_600_000);
      const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(yesterday).split('/');
      const res = await agent
        .post(`/tasks/${OFFERED_ID}/outcome`)
        .type('form')
        .send({ _csrf: csrf, kind: 'HELD', 'heldAt-day': d, 'heldAt-month': m, 'heldAt-year': y, 'heldAt-time': '10:30am', interviewerIndependent: 'yes', summary: 'Stayed with a friend. Wants to see her sister.' })
        .expect(303);
      expect(res.headers.location).toBe(`/tasks/${OFFERED_ID}`);
      const [call] = callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/outcome`);
      expect(call.headers.authorization).toBe('Bearer token-for-cmo');
      expect(call.body).toEqual({ kind: 'HELD', heldAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T(09|10):30:00\.000Z$/), interviewerIndependent: true, summary: 'Stayed with a friend. Wants to see her sister.' });

      const task = await agent.get(res.headers.location).expect(200);
      expect(task.text).toContain('govuk-notification-banner--success');
      expect(text(task.text)).toContain('Interview recorded Return interview for Amir Okafor');
      expect(text(task.text)).toContain('Summary of the interview Stayed with a friend. Wants to see her sister.');
      expect(text(task.text)).toMatch(/Interview held by Casey Morgan/);
    });

    it("on an erased child's task, asks for no summary (the page says why) and records the interview held without one", async () => {
      const erasedAt = new Date(Date.now() - 2 * 24 * 3_600_000).toISOString();
      kit.protocolEngine.routes['GET /v1/children'] = () => ({
        body: [{ id: AMIR_ID, givenName: null, familyName: null, dateOfBirth: null, ageYears: null, gender: null, localAuthorityId: null, careStatus: 'NOT_LOOKED_AFTER', responsibleAuthority: null, riskLevel: 'MEDIUM', vulnerabilities: [], openEpisode: false, allocatedWorker: null, erasedAt }],
      });
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(`/tasks/${OFFERED_ID}/outcome`).expect(200);
      expect(form.text).not.toContain('name="summary"');
      expect(text(form.text)).toMatch(/This child's personal data was erased on \d{1,2} \w+ \d{4}\. Record what happened without a summary of the interview: nothing written about the child is kept\./);

      const yesterday = new Date(Date.now() - 24 * 3_600_000);
      const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(yesterday).split('/');
      await agent
        .post(`/tasks/${OFFERED_ID}/outcome`)
        .type('form')
        .send({ _csrf: csrf, kind: 'HELD', 'heldAt-day': d, 'heldAt-month': m, 'heldAt-year': y, 'heldAt-time': '10:30am', interviewerIndependent: 'no', summary: 'typed before the page was reloaded' })
        .expect(303);
      const [call] = callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/outcome`);
      expect(call.body).toEqual({ kind: 'HELD', heldAt: expect.any(String), interviewerIndependent: false });
    });

    it("puts compliance-tracker's 400 problems on their inputs, keeping the answers", async () => {
      kit.directory.routes['POST /v1/tasks/:id/outcome'] = () => ({ status: 400, body: { message: 'Validation failed', problems: [{ field: 'acceptedAt', reason: 'acceptedAt must not be in the future' }] } });
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const now = new Date();
      const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(now).split('/');
      const res = await agent.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ _csrf: csrf, kind: 'ACCEPTED', 'acceptedAt-day': d, 'acceptedAt-month': m, 'acceptedAt-year': y, 'acceptedAt-time': 'midnight' }).expect(400);
      expect(res.text).toContain('<a href="#acceptedAt-day">Date the child accepted must be today or in the past</a>');
      expect(res.text).toMatch(/<p id="acceptedAt-error" class="govuk-error-message">/);
      expect(res.text).toMatch(new RegExp(`id="acceptedAt-day" name="acceptedAt-day" type="text" value="${d}"`));
    });

    it("shows a 409 (not allowed in the task's state now) in an error summary, in the service's words", async () => {
      kit.directory.routes['POST /v1/tasks/:id/outcome'] = () => ({ status: 409, body: { statusCode: 409, message: 'task is COMPLETED: cannot record DECLINED', currentStatus: 'COMPLETED' } });
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const res = await agent.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ _csrf: csrf, kind: 'DECLINED', declinedReason: 'PARENT_OR_CARER_DECLINED' }).expect(409);
      expect(res.text).toContain('There is a problem');
      expect(res.text).toContain('<a href="#task-status">This could not be recorded now (task is COMPLETED: cannot record DECLINED). The task may have changed since you opened the form.</a>');
      expect(res.text).toMatch(/value="PARENT_OR_CARER_DECLINED" checked/);
    });

    it('records a strategy discussion held with its agencies and actions, and other work as done', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const form = await agent.get(`/tasks/${STRATEGY_ID}/outcome`).expect(200);
      expect(form.text).toContain('<input type="hidden" name="kind" value="MEETING_HELD">');
      expect(form.text).toContain('Date the strategy discussion was held');
      const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(Date.now() - 48 * 3_600_000)).split('/');
      await agent
        .post(`/tasks/${STRATEGY_ID}/outcome`)
        .type('form')
        .send({ _csrf: csrf, kind: 'MEETING_HELD', 'heldAt-day': d, 'heldAt-month': m, 'heldAt-year': y, 'heldAt-time': '14:00', attendeeAgencies: ['POLICE', 'CHILDRENS_SOCIAL_CARE'], actions: 'Safety plan by Friday\nRefer to the exploitation hub' })
        .expect(303);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${STRATEGY_ID}/outcome`)[0].body).toMatchObject({
        kind: 'MEETING_HELD', attendeeAgencies: ['POLICE', 'CHILDRENS_SOCIAL_CARE'], actions: ['Safety plan by Friday', 'Refer to the exploitation hub'],
      });

      const { agent: cover, csrf: coverCsrf } = await signedInAgent(kit.web.url, 'manager');
      const missing = await cover.post(`/tasks/${REVIEW_ID}/outcome`).type('form').send({ _csrf: coverCsrf, kind: 'DONE' }).expect(400);
      expect(missing.text).toContain('<a href="#doneAt-day">Enter the date the work was done</a>');
      expect(missing.text).toContain('<a href="#doneAt-time">Enter the time the work was done</a>');
    });
  });

  describe('only the holder or a manager records what happened', () => {
    it("hides the outcome forms from a CMO on a colleague's task, saying whose it is, and refuses their post (403) calling nothing", async () => {
      Object.assign(team.tasks.find((t) => t.id === OFFERED_ID) ?? {}, { assignee: 'cover' });
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(page.text).not.toContain('Record what happened');
      expect(text(page.text)).toContain("This task is Rowan Patel's. Only they or a manager can record what happened.");
      const form = await agent.get(`/tasks/${OFFERED_ID}/outcome`).expect(200);
      expect(form.text).not.toContain('Save and go back to the task');
      expect(text(form.text)).toContain("This task is Rowan Patel's.");
      const res = await agent.post(`/tasks/${OFFERED_ID}/outcome`).type('form').send({ _csrf: csrf, kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' }).expect(403);
      expect(res.text).toContain(`<a href="#task-status">This task is Rowan Patel&#39;s. Only they or a manager can record what happened.</a>`);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/outcome`)).toHaveLength(0);

      const { agent: manager } = await signedInAgent(kit.web.url, 'manager');
      expect((await manager.get(`/tasks/${OFFERED_ID}`).expect(200)).text).toContain('Record what happened');
    });
  });

  describe('a manager reassigns, unclaims and cancels a task', () => {
    it('shows the manager, and only the manager, Reassign, Unclaim and Cancel on open work', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(text(page.text)).toContain('Manage this task');
      expect(page.text).toContain(`href="/tasks/${OFFERED_ID}/reassign"`);
      expect(page.text).toContain(`action="/tasks/${OFFERED_ID}/unclaim"`);
      expect(page.text).toContain(`href="/tasks/${OFFERED_ID}/cancel"`);
      // Open work nobody holds has nothing to unclaim.
      expect((await agent.get(`/tasks/${INTERVIEW_ID}`).expect(200)).text).not.toContain(`/tasks/${INTERVIEW_ID}/unclaim`);

      const { agent: cmo, csrf } = await signedInAgent(kit.web.url, 'cmo');
      expect((await cmo.get(`/tasks/${OFFERED_ID}`).expect(200)).text).not.toContain('Manage this task');
      await cmo.get(`/tasks/${OFFERED_ID}/reassign`).expect(403);
      await cmo.post(`/tasks/${OFFERED_ID}/cancel`).type('form').send({ _csrf: csrf, reason: 'DUPLICATE' }).expect(403);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/cancel`)).toHaveLength(0);
    });

    it('reassigns to the officer chosen, with an error summary when nobody is, and shows it in the history', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const form = await agent.get(`/tasks/${OFFERED_ID}/reassign`).expect(200);
      expect(text(form.text)).toContain('Who has it now Casey Morgan');
      expect(form.text).toContain('value="cover"');
      expect(form.text).not.toContain('value="cmo"');
      expect(form.text).not.toContain('value="reader"');

      const missing = await agent.post(`/tasks/${OFFERED_ID}/reassign`).type('form').send({ _csrf: csrf }).expect(400);
      expect(missing.text).toContain('<title>Error: Give the return interview for Amir Okafor to another officer – Homeward</title>');
      expect(missing.text).toContain('<a href="#officer">Select who to give the task to</a>');
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/reassign`)).toHaveLength(0);

      const done = await agent.post(`/tasks/${OFFERED_ID}/reassign`).type('form').send({ _csrf: csrf, officer: 'cover' }).expect(303);
      expect(done.headers.location).toBe(`/tasks/${OFFERED_ID}`);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${OFFERED_ID}/reassign`)[0].body).toEqual({ officer: 'cover' });
      const page = text((await agent.get(`/tasks/${OFFERED_ID}`).expect(200)).text);
      expect(page).toContain('You gave the return interview for Amir Okafor to Rowan Patel');
      expect(page).toMatch(/Reassigned to Rowan Patel by Jordan Lee .* From Casey Morgan\./);
    });

    it("shows compliance-tracker's refusal (on leave without cover) on the form, keeping the choice", async () => {
      kit.directory.routes['POST /v1/tasks/:id/reassign'] = () => ({ status: 409, body: { statusCode: 409, message: 'cover is on leave until 2026-07-01T08:00:00.000Z with no cover: choose someone at work' } });
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const res = await agent.post(`/tasks/${OFFERED_ID}/reassign`).type('form').send({ _csrf: csrf, officer: 'cover' }).expect(409);
      expect(res.text).toContain('<a href="#officer">This could not be done now: cover is on leave until 2026-07-01T08:00:00.000Z with no cover: choose someone at work</a>');
      expect(res.text).toMatch(/value="cover" checked/);
    });

    it('unclaims: back in the team queue, with a banner and the history', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      await agent.post(`/tasks/${STRATEGY_ID}/unclaim`).type('form').send({ _csrf: csrf }).expect(303);
      const page = text((await agent.get(`/tasks/${STRATEGY_ID}`).expect(200)).text);
      expect(page).toContain("The strategy discussion for Amy O'Neil is back in the team queue");
      expect(page).toMatch(/Put back in the team queue by Jordan Lee .* From Casey Morgan\./);
      expect(page).toContain('Who has it Not claimed');
    });

    it('cancels with a reason after the confirmation page, asking for the reason when none is chosen, and shows why in the history', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const form = await agent.get(`/tasks/${INTERVIEW_ID}/cancel`).expect(200);
      expect(text(form.text)).toContain('Cancelled work cannot be opened again.');
      expect(form.text).toContain('Yes, cancel this task');
      const missing = await agent.post(`/tasks/${INTERVIEW_ID}/cancel`).type('form').send({ _csrf: csrf }).expect(400);
      expect(missing.text).toContain('<a href="#reason">Select why the task is cancelled</a>');
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${INTERVIEW_ID}/cancel`)).toHaveLength(0);

      await agent.post(`/tasks/${INTERVIEW_ID}/cancel`).type('form').send({ _csrf: csrf, reason: 'REPORT_MADE_IN_ERROR' }).expect(303);
      expect(callsTo(kit.directory, 'POST', `/v1/tasks/${INTERVIEW_ID}/cancel`)[0].body).toEqual({ reason: 'REPORT_MADE_IN_ERROR' });
      const page = text((await agent.get(`/tasks/${INTERVIEW_ID}`).expect(200)).text);
      expect(page).toContain("You cancelled the return interview for Amy O'Neil");
      expect(page).toMatch(/Cancelled by Jordan Lee .* The police report was made in error/);
      expect(page).not.toContain('Manage this task');
    });
  });

  describe('children missing education (CME) tasks', () => {
    // A CME task names no child record: its case in education-referrals is where the work is recorded.
    beforeEach(() => {
      const now = new Date();
      team = teamStub(now, [...teamTasks(now), cmeTask(now)]);
      kit.directory.routes = { ...directoryRoutes(), ...team.directory };
      kit.protocolEngine.routes = { ...team.protocolEngine };
    });

    it('lists a CME task in the team queue by its case, linking to the case, with no child looked up for it', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      kit.protocolEngine.calls.length = 0;
      const page = await agent.get('/tasks?view=team').expect(200);
      const words = text(page.text);
      expect(words).toContain('Children missing education : make the reasonable enquiries (missing education), CME-2026-000042');
      expect(words).toMatch(/Make the reasonable enquiries \(missing education\) CME case CME-2026-000042 Normal/);
      expect(page.text).toContain(`href="/cme/${CME_CASE_ID}"`);
      expect(page.text).toContain(`href="/tasks/${CME_TASK_ID}"`);
      expect(words).not.toMatch(/null|undefined/);
      const ids = callsTo(kit.protocolEngine, 'GET', '/v1/children').flatMap((c) => c.query.get('ids')?.split(',') ?? []);
      expect(ids.sort()).toEqual([AMIR_ID, AMY_ID].sort());
      expect(callsTo(kit.protocolEngine, 'GET', '/v1/children/null')).toHaveLength(0);
    });

    it('filters the queue to CME enquiries by type', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get('/tasks?view=team&type=CME_ENQUIRIES').expect(200);
      expect(page.text).toMatch(/value="CME_ENQUIRIES" checked>\s*<label[^>]*>\s*Make the reasonable enquiries \(missing education\)/);
      const words = text(page.text);
      expect(words).toContain(CME_CASE_REF);
      expect(words).not.toContain("Amy O'Neil :");
    });

    it("shows a CME task's case, due date and status, with no outcome to record: the case closes it", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      kit.protocolEngine.calls.length = 0;
      const page = await agent.get(`/tasks/${CME_TASK_ID}`).expect(200);
      const words = text(page.text);
      expect(page.text).toContain('<h1 class="govuk-heading-l">Make the reasonable enquiries (missing education)</h1>');
      expect(words).toContain('Children missing education, CME case CME-2026-000042');
      expect(words).toMatch(/Open Due \w+day/);
      expect(words).toContain('Open the CME case CME-2026-000042');
      expect(page.text).toContain(`href="/cme/${CME_CASE_ID}"`);
      expect(words).toContain('The enquiries and the outcome are recorded on the CME case: this task closes when the case does.');
      expect(page.text).toContain('Claim this task');
      expect(page.text).not.toContain(`/tasks/${CME_TASK_ID}/outcome`);
      expect(words).not.toContain('Record what happened');
      expect(words).not.toContain('What has been recorded');
      expect(words).toMatch(/Task created by Homeward \(children missing education\) .* Opened for CME case CME-2026-000042\./);
      expect(words).not.toContain('The protocol asked for this work');
      expect(words).not.toMatch(/null|undefined|Police reference/);
      // Nothing asked of protocol-engine: there is no child record or decision behind it.
      expect(kit.protocolEngine.calls).toHaveLength(0);
    });

    it('lets a manager reassign and unclaim a CME task like any other', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      await agent.post(`/tasks/${CME_TASK_ID}/reassign`).type('form').send({ _csrf: csrf, officer: 'cover' }).expect(303);
      let page = text((await agent.get(`/tasks/${CME_TASK_ID}`).expect(200)).text);
      expect(page).toContain('You gave the make the reasonable enquiries (missing education) for CME case CME-2026-000042 to Rowan Patel');
      await agent.post(`/tasks/${CME_TASK_ID}/unclaim`).type('form').send({ _csrf: csrf }).expect(303);
      page = text((await agent.get(`/tasks/${CME_TASK_ID}`).expect(200)).text);
      expect(page).toContain('Who has it Not claimed');
      expect(page).not.toMatch(/null|undefined/);
    });

    it("says on a missing-episode task that the child is also missing education, linking to the open CME case", async () => {
      kit.educationReferrals.routes = { 'GET /v1/cme-cases': () => ({ body: [amirCmeCase(new Date())] }) };
      kit.educationReferrals.calls.length = 0;
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(text(page.text)).toMatch(/Amir is also missing education: CME case CME-2026-000042 , since \d+ \w+ \d{4}\./);
      expect(page.text).toContain(`href="/cme/${CME_CASE_ID}"`);
      const lookup = kit.educationReferrals.calls.find((c) => c.method === 'GET' && c.path === '/v1/cme-cases');
      expect(lookup?.query.get('childKey')).toBe(AMIR_EDUCATION_KEY);
    });

    it('says nothing of missing education when the child has no open CME case', async () => {
      kit.educationReferrals.routes = { 'GET /v1/cme-cases': () => ({ body: [{ ...amirCmeCase(new Date()), status: 'CLOSED', outcome: 'FOUND_IN_SCHOOL' }] }) };
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/tasks/${OFFERED_ID}`).expect(200);
      expect(text(page.text)).not.toContain('also missing education');
    });
  });

  it('sends someone not signed in to sign-in from each task page', async () => {
    for (const path of [`/tasks/${INTERVIEW_ID}`, `/tasks/${INTERVIEW_ID}/outcome`, `/tasks/${INTERVIEW_ID}/reassign`, `/tasks/${INTERVIEW_ID}/cancel`]) {
      const res = await request(kit.web.url).get(path).expect(302);
      expect(res.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    }
  });
});
