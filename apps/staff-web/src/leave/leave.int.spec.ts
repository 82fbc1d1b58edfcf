import { directoryRoutes, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { leaveOf, leaveStore, LeaveStore } from '../testing/leave-fixtures';

const YEAR = new Date().getUTCFullYear() + 1;
const dates = (prefix: string, day: string, month: string, year = String(YEAR)) => ({ [`${prefix}-day`]: day, [`${prefix}-month`]: month, [`${prefix}-year`]: year });
const july = { ...dates('startDate', '6', '7'), startTime: '', ...dates('endDate', '10', '7'), endTime: '' };

describe('the leave and cover pages', () => {
  let kit: StaffWebKit;
  let store: LeaveStore;
  const calls = (method: string, path: RegExp) => kit.directory.calls.filter((c) => c.method === method && path.test(c.path));

  beforeAll(async () => {
    kit = await startStaffWebKit();
  });

  beforeEach(() => {
    store = leaveStore();
    kit.directory.routes = { ...directoryRoutes(), ...store.routes };
    kit.directory.calls.length = 0;
  });

  afterAll(async () => {
    await kit?.stop();
  });

  describe('who may use them', () => {
    it.each(['reader', 'admin'] as const)('%s sees no leave in the navigation, and is refused every page and action', async (who) => {
      const { agent, csrf } = await signedInAgent(kit.web.url, who);
      const home = await agent.get('/compliance');
      expect(home.text).not.toContain('href="/leave"');
      const id = leaveOf(store, 'cmo', 'IN_PROGRESS').id;
      for (const path of ['/leave', '/leave/new', `/leave/${id}`, `/leave/${id}/change`, `/leave/${id}/cancel`]) {
        const res = await agent.get(path).expect(403);
        expect(res.text).toContain('You cannot use this page');
      }
      for (const path of ['/leave/new', `/leave/${id}/change`, `/leave/${id}/cancel`]) await agent.post(path).type('form').send({ _csrf: csrf, ...july }).expect(403);
      expect(calls('POST', /^\/v1\/leave/).length + calls('PATCH', /^\/v1\/leave/).length).toBe(0);
    });

    it("a CMO is refused a colleague's leave, as compliance-tracker refuses it", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      await agent.get(`/leave/${leaveOf(store, 'manager', 'UPCOMING').id}`).expect(403);
      await agent.get('/leave/not-a-leave').expect(404);
    });
  });

  describe('the list', () => {
    it('shows a manager who is away now, upcoming leave and what ended, each with the cover and its state', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get('/leave').expect(200);
      expect(calls('GET', /^\/v1\/leave$/).at(-1)?.query.get('pageSize')).toBe('200');
      expect(calls('GET', /^\/v1\/leave$/).at(-1)?.headers.authorization).toBe('Bearer token-for-manager');
      const section = (caption: string) => page.text.split(caption)[1].split('</table>')[0];
      expect(section('Away now')).toMatch(/Casey Morgan<span class="govuk-visually-hidden">, leave from/);
      expect(section('Away now')).toContain('Rowan Patel');
      expect(section('Away now')).toMatch(/govuk-tag--green">\s*On leave/);
      expect(section('Upcoming leave')).toContain('Jordan Lee');
      expect(section('Upcoming leave')).toContain('The team queue');
      expect(section('Upcoming leave')).toMatch(/Upcoming\s*<\/strong>/);
      expect(section('Ended and cancelled leave')).toMatch(/Cancelled[\s\S]*Ended/);
      expect(page.text).toContain('href="/leave/new"');
    });

    it("shows a CMO their own leave only", async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/leave').expect(200);
      expect(page.text).toContain('Your leave, and who covers your work.');
      expect(page.text).toContain('Casey Morgan<span');
      expect(page.text).not.toContain('Jordan Lee<span');
      expect(page.text).toContain('No leave is coming up.');
    });
  });

  describe('recording leave', () => {
    it('offers a manager the officers who do casework and the cover, with the team queue', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get('/leave/new').expect(200);
      const officer = page.text.split('id="officer"')[1].split('</select>')[0];
      expect(officer).toMatch(/Casey Morgan[\s\S]*Jordan Lee[\s\S]*Rowan Patel/);
      expect(officer).not.toContain('Sam Taylor');
      expect(officer).not.toContain('Alex Former');
      expect(page.text).toContain('<option value="team-queue">No one person: the team queue</option>');
      expect(page.text).toMatch(/Rowan Patel/);
    });

    it("lets a CMO record only their own: no officer to choose, and the service is asked for theirs whatever is sent", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/leave/new').expect(200);
      expect(page.text).not.toContain('id="officer"');
      expect(page.text).toMatch(/Officer\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*Casey Morgan/);
      await agent.post('/leave/new').type('form').send({ _csrf: csrf, officer: 'manager', ...dates('startDate', '1', '9'), ...dates('endDate', '2', '9'), cover: 'cover' }).expect(303);
      expect(calls('POST', /^\/v1\/leave$/).at(-1)?.body).toMatchObject({ officer: 'cmo', cover: 'cover' });
    });

    it('refuses the form without its CSRF token, recording nothing', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      await agent.post('/leave/new').type('form').send({ officer: 'cover', ...july, cover: 'cmo' }).expect(403);
      expect(calls('POST', /^\/v1\/leave$/)).toHaveLength(0);
    });

    it('asks for what is missing or wrong, keeping the answers', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const empty = await agent.post('/leave/new').type('form').send({ _csrf: csrf, officer: '', startTime: 'soon', ...dates('endDate', '31', '2'), cover: '' }).expect(400);
      expect(empty.text).toContain('<title>Error: Record leave – Homeward</title>');
      for (const [href, text] of [
        ['officer', 'Choose whose leave it is'],
        ['startDate-day', 'Enter the start date'],
        ['startTime', 'Enter the start time as 9am, 2:30pm or 14:30, or leave it blank for the start of the day'],
        ['endDate-day', 'End date must be a real date'],
        ['cover', 'Choose who covers the work, or the team queue'],
      ]) expect(empty.text).toContain(`<a href="#${href}">${text}</a>`);
      expect(empty.text).toMatch(/id="startTime" name="startTime" type="text" spellcheck="false" value="soon"/);
      expect(empty.text).toMatch(/id="endDate-day" name="endDate-day" type="text" value="31"/);

      const backwards = await agent
        .post('/leave/new')
        .type('form')
        .send({ _csrf: csrf, officer: 'cover', ...dates('startDate', '10', '7'), startTime: '9am', ...dates('endDate', '10', '7'), endTime: '8:30am', cover: 'cmo' })
        .expect(400);
      expect(backwards.text).toContain('<a href="#endDate-day">The end must be after the start</a>');
      expect(backwards.text).toMatch(/<option value="cover" selected>Rowan Patel<\/option>/);
      expect(backwards.text).toMatch(/<option value="cmo" selected>Casey Morgan/);
      expect(calls('POST', /^\/v1\/leave$/)).toHaveLength(0);
    });

    it('records London days as instants (start of the first day to the end of the last), then shows the leave with a banner', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const res = await agent.post('/leave/new').type('form').send({ _csrf: csrf, officer: 'cover', ...july, cover: 'team-queue' }).expect(303);
      // July is British Summer Time: London midnight is 23:00 UTC the day before.
      expect(calls('POST', /^\/v1\/leave$/).at(-1)?.body).toEqual({ officer: 'cover', startsAt: `${YEAR}-07-05T23:00:00.000Z`, endsAt: `${YEAR}-07-10T23:00:00.000Z` });
      expect(res.headers.location).toMatch(/^\/leave\/[0-9a-f-]{36}$/);
      const page = await agent.get(res.headers.location).expect(200);
      expect(page.text).toContain('Leave recorded for Rowan Patel');
      expect(page.text).toMatch(/Starts\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*\w+day 6 July/);
      expect(page.text).toMatch(/Ends\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*\w+day 10 July \d{4} \(end of the day\)/);
      await agent.get('/leave').expect(200).expect((r) => expect(r.text).not.toContain('Leave recorded for'));

      await agent.post('/leave/new').type('form').send({ _csrf: csrf, officer: 'cover', ...dates('startDate', '1', '12'), startTime: '2:30pm', ...dates('endDate', '2', '12'), endTime: '9am', cover: 'cmo' }).expect(303);
      expect(calls('POST', /^\/v1\/leave$/).at(-1)?.body).toEqual({ officer: 'cover', startsAt: `${YEAR}-12-01T14:30:00.000Z`, endsAt: `${YEAR}-12-02T09:00:00.000Z`, cover: 'cmo' });
    });

    it("shows the service's refusals on the form: an officer who cannot sign in, leave that overlaps", async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const gone = await agent.post('/leave/new').type('form').send({ _csrf: csrf, officer: 'cover', ...july, cover: 'gone' }).expect(400);
      expect(gone.text).toContain('<a href="#cover">Choose someone who can still sign in</a>');
      expect(gone.text).toMatch(/id="startDate-day" name="startDate-day" type="text" value="6"/);

      const existing = leaveOf(store, 'manager', 'UPCOMING');
      const [start] = [new Date(existing.startsAt)];
      const overlap = await agent
        .post('/leave/new')
        .type('form')
        .send({ _csrf: csrf, officer: 'manager', ...dates('startDate', String(start.getUTCDate()), String(start.getUTCMonth() + 1), String(start.getUTCFullYear())), ...dates('endDate', String(start.getUTCDate()), String(start.getUTCMonth() + 1), String(start.getUTCFullYear())), cover: 'cmo' })
        .expect(400);
      expect(overlap.text).toContain('<a href="#startDate-day">Jordan Lee already has leave in that period: change that leave, or choose other dates</a>');
    });
  });

  describe('one leave', () => {
    it('shows what moved, each task opening its page, and who did what', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get(`/leave/${leaveOf(store, 'cmo', 'IN_PROGRESS').id}`).expect(200);
      expect(page.text).toContain('<title>Leave for Casey Morgan – Homeward</title>');
      expect(page.text).toContain('<a class="govuk-link" href="/tasks/7a1b2c3d-0000-4000-8000-000000000001">Return interview, NT/26/004512</a>');
      expect(page.text).toContain('<a class="govuk-link" href="/tasks/7a1b2c3d-0000-4000-8000-000000000002">Multi-agency meeting, NT/26/003981</a>');
      expect(page.text).toContain('Homeward, when the leave started');
      expect(page.text).toMatch(/2 tasks on/);
      expect(page.text).toContain('href="/leave/' + leaveOf(store, 'cmo', 'IN_PROGRESS').id + '/change"');
      expect(page.text).toContain('Cancel leave');
    });

    it('offers no change or cancel for leave that has ended', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const ended = leaveOf(store, 'cover', 'ENDED').id;
      const page = await agent.get(`/leave/${ended}`).expect(200);
      expect(page.text).not.toContain('Change dates or cover');
      const change = await agent.get(`/leave/${ended}/change`).expect(303);
      expect(change.headers.location).toBe(`/leave/${ended}`);
      const after = await agent.get(`/leave/${ended}`);
      expect(after.text).toContain('This leave has ended or been cancelled, so it cannot be changed');
    });
  });

  describe('changing leave', () => {
    it('fills the form with the leave as it is; under way, its start is shown, not asked', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const underWay = await agent.get(`/leave/${leaveOf(store, 'cmo', 'IN_PROGRESS').id}/change`).expect(200);
      expect(underWay.text).not.toContain('id="startDate-day"');
      expect(underWay.text).toContain('(the leave has started: its start cannot change)');
      expect(underWay.text).toMatch(/<option value="cover" selected>Rowan Patel/);
      const upcoming = await agent.get(`/leave/${leaveOf(store, 'manager', 'UPCOMING').id}/change`).expect(200);
      expect(upcoming.text).toMatch(/id="startDate-day" name="startDate-day" type="text" value="\d+"/);
      expect(upcoming.text).toMatch(/<option value="team-queue" selected>/);
    });

    it('changes the cover of leave under way without its start, and the dates of leave to come', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const underWay = leaveOf(store, 'cmo', 'IN_PROGRESS');
      const res = await agent.post(`/leave/${underWay.id}/change`).type('form').send({ _csrf: csrf, ...dates('endDate', '20', '1'), endTime: '', cover: 'team-queue' }).expect(303);
      expect(res.headers.location).toBe(`/leave/${underWay.id}`);
      expect(calls('PATCH', /^\/v1\/leave\//).at(-1)?.body).toEqual({ endsAt: `${YEAR}-01-21T00:00:00.000Z`, coverUsername: null });
      expect((await agent.get(res.headers.location)).text).toContain('Leave changed');

      const upcoming = leaveOf(store, 'manager', 'UPCOMING');
      await agent.post(`/leave/${upcoming.id}/change`).type('form').send({ _csrf: csrf, ...july, cover: 'cmo' }).expect(303);
      expect(calls('PATCH', /^\/v1\/leave\//).at(-1)?.body).toEqual({ startsAt: `${YEAR}-07-05T23:00:00.000Z`, endsAt: `${YEAR}-07-10T23:00:00.000Z`, coverUsername: 'cmo' });
    });

    it('refuses a change without its CSRF token, and shows errors with the answers kept', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const id = leaveOf(store, 'manager', 'UPCOMING').id;
      await agent.post(`/leave/${id}/change`).type('form').send({ ...july, cover: 'cmo' }).expect(403);
      const bad = await agent.post(`/leave/${id}/change`).type('form').send({ _csrf: csrf, ...dates('startDate', '6', '7'), ...dates('endDate', '', '7'), cover: 'cmo' }).expect(400);
      expect(bad.text).toContain('<title>Error: Change leave – Homeward</title>');
      expect(bad.text).toContain('<a href="#endDate-day">End date must include a day</a>');
      expect(bad.text).toMatch(/<option value="cmo" selected>Casey Morgan/);
      expect(calls('PATCH', /^\/v1\/leave\//)).toHaveLength(0);
    });
  });

  describe('cancelling leave', () => {
    it('asks first, then cancels, and says what happened to the work', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const id = leaveOf(store, 'cmo', 'IN_PROGRESS').id;
      const confirm = await agent.get(`/leave/${id}/cancel`).expect(200);
      expect(confirm.text).toContain('<h1 class="govuk-heading-l">Are you sure you want to cancel this leave?</h1>');
      expect(confirm.text).toContain('cancelling it ends it now');
      expect(calls('POST', /\/cancel$/)).toHaveLength(0);

      await agent.post(`/leave/${id}/cancel`).type('form').send({}).expect(403);
      expect(calls('POST', /\/cancel$/)).toHaveLength(0);

      const res = await agent.post(`/leave/${id}/cancel`).type('form').send({ _csrf: csrf }).expect(303);
      expect(calls('POST', /\/cancel$/).at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
      const page = await agent.get(res.headers.location);
      expect(page.text).toContain('Leave cancelled');
      expect(page.text).toMatch(/govuk-tag--orange">\s*Cancelled/);

      const again = await agent.post(`/leave/${id}/cancel`).type('form').send({ _csrf: csrf }).expect(303);
      expect((await agent.get(again.headers.location)).text).toContain('This leave has ended or been cancelled');
    });
  });
});
