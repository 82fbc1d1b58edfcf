import request from 'supertest';
import type { AlertView } from '../data/alerting.types';
import { alert, AMY_ID, amyAlerts, HIGH_RISK_ALERT_ID, INTERVIEW_TASK_ID, officers, OVERDUE_ALERT_ID } from '../testing/record-fixtures';
import { alertingRoutes } from '../testing/alerting-stub';
import { sseStub } from '../testing/sse-stub';
import { csrfTokenIn, PASSWORD, signedInAgent, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';
import { TOO_MANY_STREAMS_MESSAGE } from './live/alert-event-stream';
import { ServerSentEvent, ServerSentEventReader } from './live/server-sent-events';

jest.setTimeout(60_000);

const UNKNOWN_ALERT = '00000000-0000-4000-8000-00000000a1e7';

describe('the alerts pages', () => {
  let kit: StaffWebKit;
  const now = new Date();
  let feed: AlertView[];
  const stream = sseStub();

  beforeAll(async () => {
    kit = await startStaffWebKit({
      directory: { 'GET /v1/officers': () => ({ body: officers() }) },
      alerting: alertingRoutes(() => feed, stream),
    });
  });

  beforeEach(() => {
    feed = amyAlerts(now);
  });

  afterAll(async () => {
    stream.endAll();
    await kit?.stop();
  });

  const alertingCalls = (method: string, path: string) => kit.alerting.calls.filter((c) => c.method === method && c.path === path);

  describe('the feed', () => {
    it('lists the alerts newest first, in London time, each police reference linking to the child', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get('/alerts').expect(200);
      expect(page.text).toContain('<title>Alerts – Homeward</title>');
      expect(page.text.indexOf(`id="alert-${HIGH_RISK_ALERT_ID}"`)).toBeLessThan(page.text.indexOf(`id="alert-${OVERDUE_ALERT_ID}"`));
      expect(page.text).toContain('Child reported missing at HIGH risk');
      expect(page.text).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \w+ \d{4} at \d{1,2}(:\d\d)?(am|pm)/);
      expect(page.text).toContain(`href="/children/${AMY_ID}"`);
      expect(page.text).toContain('Acknowledged<span class="hw-secondary-text"> by Casey Morgan');
      expect(page.text).toContain(`action="/alerts/${HIGH_RISK_ALERT_ID}/acknowledge"`);
      // Live updates come with the script; without it the page refreshes by its link.
      expect(page.text).toMatch(/<script type="module" src="\/assets\/alerts-live\.[0-9a-f]{12}\.js" nonce="[0-9a-f]{32}">/);
      expect(page.text).toContain('<a class="govuk-link" href="/alerts">Refresh the alerts</a>');
      expect(page.text).toMatch(/data-hw-live-controls hidden/);
      expect(page.text).toContain('aria-live="polite"');
      expect(page.text).toContain(`data-last-seen-id="${HIGH_RISK_ALERT_ID}"`);
      expect(alertingCalls('GET', '/v1/alerts').at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
    });

    it('filters by kind and to unacknowledged only, keeping the choices on the form and in the links', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'manager');
      const page = await agent.get('/alerts?unacknowledged=true&kind=HIGH_RISK').expect(200);
      const call = alertingCalls('GET', '/v1/alerts').at(-1);
      expect(call?.query.get('kind')).toBe('HIGH_RISK');
      expect(call?.query.get('acknowledged')).toBe('false');
      expect(page.text).toMatch(/<option value="HIGH_RISK" selected>High risk<\/option>/);
      expect(page.text).toMatch(/name="unacknowledged" type="checkbox" value="true" checked/);
      expect(page.text).toContain('data-live-url="/alerts/live?unacknowledged=true&amp;kind=HIGH_RISK"');
      expect(page.text).toContain('<a class="govuk-link" href="/alerts">Clear filters</a>');
      expect(page.text).not.toContain(`id="alert-${OVERDUE_ALERT_ID}"`);
    });

    it('says so when nothing matches, and when there are no alerts at all', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'reader');
      const none = await agent.get('/alerts?kind=TASK_UNCLAIMED').expect(200);
      expect(none.text).toContain('No alerts match these filters.');
      expect(none.text).toMatch(/<table class="govuk-table hw-alerts-table" hidden>/);
      feed = [];
      const empty = await agent.get('/alerts').expect(200);
      expect(empty.text).toContain('There are no alerts.');
    });

    it('offers Acknowledge to CMOs and managers only', async () => {
      for (const who of ['reader', 'admin'] as const) {
        const { agent } = await signedInAgent(kit.web.url, who);
        const page = await agent.get('/alerts').expect(200);
        expect(page.text).not.toContain('/acknowledge"');
      }
    });
  });

  describe("an alert's page (where the e-mail's link goes)", () => {
    it('shows the alert with its kind, recipient, times and links to the child and the task', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'reader');
      const page = await agent.get(`/alerts/${OVERDUE_ALERT_ID}`).expect(200);
      expect(page.text).toContain('<h1 class="govuk-heading-l">Task reminder</h1>');
      expect(page.text).toContain('A task deadline is approaching');
      expect(page.text).toMatch(/For[\s\S]*Children missing officer/);
      expect(page.text).toMatch(/Acknowledged[\s\S]*By Casey Morgan, \w+day/);
      expect(page.text).toContain(`href="/children/${AMY_ID}"`);
      expect(page.text).toContain(`href="/tasks/${INTERVIEW_TASK_ID}"`);
      expect(page.text).not.toContain('/acknowledge"');
    });

    it('shows an alert about a CME task by its case reference, with no police reference or child', async () => {
      const CME_ALERT_ID = 'e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091';
      feed = [
        ...amyAlerts(now),
        alert({ id: CME_ALERT_ID, kind: 'TASK_REMINDER', raisedAt: now.toISOString(), policeReference: null, caseReference: 'CME-2026-000042', childId: null, episodeId: null, riskLevel: null, taskId: INTERVIEW_TASK_ID, summary: 'A task deadline is approaching (CME case CME-2026-000042)' }),
      ];
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/alerts/${CME_ALERT_ID}`).expect(200);
      const words = page.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(words).toContain('CME case CME-2026-000042');
      expect(words).not.toContain('Police reference');
      expect(words).not.toMatch(/null|undefined/);
      expect(page.text).not.toContain('Open the child’s record');
      expect(page.text).toContain(`href="/tasks/${INTERVIEW_TASK_ID}"`);

      const list = await agent.get('/alerts').expect(200);
      const row = list.text.slice(list.text.indexOf(`id="alert-${CME_ALERT_ID}"`), list.text.indexOf('</tr>', list.text.indexOf(`id="alert-${CME_ALERT_ID}"`)));
      expect(row).toContain('CME case CME-2026-000042');
      expect(row).not.toMatch(/null|undefined|\/children\//);
    });

    it('offers Acknowledge on an unacknowledged alert to a CMO', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const page = await agent.get(`/alerts/${HIGH_RISK_ALERT_ID}`).expect(200);
      expect(page.text).toContain('Not acknowledged');
      expect(page.text).toContain(`action="/alerts/${HIGH_RISK_ALERT_ID}/acknowledge"`);
      expect(page.text).toContain(`name="returnTo" value="/alerts/${HIGH_RISK_ALERT_ID}"`);
    });

    it('answers 404 for an alert alerting does not know, and for an id that cannot be one', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      expect((await agent.get(`/alerts/${UNKNOWN_ALERT}`).expect(404)).text).toContain('Page not found');
      const before = kit.alerting.calls.length;
      await agent.get('/alerts/not-an-alert').expect(404);
      expect(kit.alerting.calls).toHaveLength(before);
    });

    it('signs in someone who is not, and brings them back to the alert', async () => {
      const agent = request.agent(kit.web.url);
      const asked = await agent.get(`/alerts/${HIGH_RISK_ALERT_ID}`).expect(302);
      expect(asked.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(`/alerts/${HIGH_RISK_ALERT_ID}`)}`);
      const signIn = await agent.get(asked.headers.location).expect(200);
      const back = await agent
        .post('/sign-in')
        .type('form')
        .send({ _csrf: csrfTokenIn(signIn.text), username: 'cmo', password: PASSWORD, returnTo: `/alerts/${HIGH_RISK_ALERT_ID}` })
        .expect(303);
      expect(back.headers.location).toBe(`/alerts/${HIGH_RISK_ALERT_ID}`);
      await agent.get(back.headers.location).expect(200);
    });
  });

  describe('acknowledging', () => {
    it('acknowledges as the signed-in CMO and goes back to the feed with a banner', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const res = await agent.post(`/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).type('form').send({ _csrf: csrf, returnTo: '/alerts?unacknowledged=true' }).expect(303);
      expect(res.headers.location).toBe('/alerts?unacknowledged=true');
      const call = alertingCalls('POST', `/v1/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).at(-1);
      expect(call?.headers.authorization).toBe('Bearer token-for-cmo');
      const next = await agent.get(res.headers.location).expect(200);
      expect(next.text).toContain('govuk-notification-banner--success');
      expect(next.text).toContain('Alert acknowledged');
      // The next page reads alerting's answer: acknowledged, so gone from the unacknowledged view.
      expect(next.text).not.toContain(`id="alert-${HIGH_RISK_ALERT_ID}"`);
    });

    it('says who had already acknowledged it when someone was first', async () => {
      feed[0] = { ...feed[0], acknowledgedAt: new Date().toISOString(), acknowledgedBy: 'manager' };
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      const res = await agent.post(`/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).type('form').send({ _csrf: csrf }).expect(303);
      expect(res.headers.location).toBe(`/alerts/${HIGH_RISK_ALERT_ID}`);
      const next = await agent.get(res.headers.location).expect(200);
      expect(next.text).toContain('Someone had already acknowledged this alert');
      expect(next.text).toContain('Jordan Lee acknowledged it on');
    });

    it('never sends anyone to another site afterwards', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'manager');
      const res = await agent.post(`/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).type('form').send({ _csrf: csrf, returnTo: '//evil.example/alerts' }).expect(303);
      expect(res.headers.location).toBe(`/alerts/${HIGH_RISK_ALERT_ID}`);
    });

    it('refuses without the CSRF token, and alerting is not asked', async () => {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      const before = alertingCalls('POST', `/v1/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).length;
      const res = await agent.post(`/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).type('form').send({}).expect(403);
      expect(res.text).toContain('Your form could not be sent');
      expect(alertingCalls('POST', `/v1/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`)).toHaveLength(before);
    });

    it('refuses read-only staff and protocol administrators (403 page), and alerting is not asked', async () => {
      const before = alertingCalls('POST', `/v1/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).length;
      for (const who of ['reader', 'admin'] as const) {
        const { agent, csrf } = await signedInAgent(kit.web.url, who);
        const res = await agent.post(`/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`).type('form').send({ _csrf: csrf }).expect(403);
        expect(res.text).toContain('You cannot use this page');
      }
      expect(alertingCalls('POST', `/v1/alerts/${HIGH_RISK_ALERT_ID}/acknowledge`)).toHaveLength(before);
    });

    it('answers 404 for an unknown alert', async () => {
      const { agent, csrf } = await signedInAgent(kit.web.url, 'cmo');
      await agent.post(`/alerts/${UNKNOWN_ALERT}/acknowledge`).type('form').send({ _csrf: csrf }).expect(404);
    });
  });

  describe('live updates (/alerts/live)', () => {
    /** A signed-in session's cookie, for a plain fetch that can read a stream as it arrives. */
    async function sessionCookie(who: 'cmo' | 'reader'): Promise<string> {
      const form = await fetch(`${kit.web.url}/sign-in`);
      const first = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const signedIn = await fetch(`${kit.web.url}/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrfTokenIn(await form.text()), username: who, password: PASSWORD }),
      });
      expect(signedIn.status).toBe(303);
      return signedIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    }

    /** Opens the page's stream and reads events from it as they come. */
    async function openLive(cookie: string, path = '/alerts/live', headers: Record<string, string> = {}) {
      const controller = new AbortController();
      const res = await fetch(`${kit.web.url}${path}`, { headers: { cookie, accept: 'text/event-stream', ...headers }, signal: controller.signal, redirect: 'manual' });
      const body = res.body?.getReader();
      const reader = new ServerSentEventReader();
      const decoder = new TextDecoder();
      const received: ServerSentEvent[] = [];
      let raw = '';
      async function next(count: number, timeoutMs = 10_000): Promise<ServerSentEvent[]> {
        const deadline = Date.now() + timeoutMs;
        while (received.length < count) {
          if (!body) throw new Error('no stream');
          const chunk = await Promise.race([body.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`only ${received.length} events`)), deadline - Date.now()))]);
          if (chunk.done) break;
          const text = decoder.decode(chunk.value, { stream: true });
          raw += text;
          received.push(...reader.push(text));
        }
        return received.slice(0, count);
      }
      return { res, next, raw: () => raw, close: () => controller.abort() };
    }

    it('relays a new alert from alerting as its table row, opened with the session token the browser never sees', async () => {
      const cookie = await sessionCookie('cmo');
      const opened = stream.total;
      const live = await openLive(cookie, `/alerts/live?kind=HIGH_RISK&since=${encodeURIComponent(new Date().toISOString())}`);
      try {
        expect(live.res.status).toBe(200);
        expect(live.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
        await stream.opened(opened + 1);
        const upstream = alertingCalls('GET', '/v1/alerts/stream').at(-1);
        expect(upstream?.headers.authorization).toBe('Bearer token-for-cmo');
        expect(upstream?.query.get('kind')).toBe('HIGH_RISK');

        const raised = alert({ id: 'e5f6a7b8-c9d0-4e1f-8a2b-4c5d6e7f8091', kind: 'HIGH_RISK', raisedAt: new Date().toISOString() });
        stream.push('alert', raised.id, raised);
        const [event] = await live.next(1);
        expect(event.event).toBe('alert');
        expect(event.id).toBe(raised.id);
        const data = JSON.parse(event.data) as { id: string; html: string; announcement: string };
        expect(data.html).toContain(`<tr class="govuk-table__row hw-alert-row" id="alert-${raised.id}"`);
        expect(data.html).toContain('>New</strong>');
        expect(data.html).toContain(`action="/alerts/${raised.id}/acknowledge"`);
        expect(data.html).toMatch(/name="_csrf" value="[^"]+"/);
        expect(data.announcement).toBe(`New alert, high risk: ${raised.summary}`);
        expect(live.raw()).not.toContain('token-for-cmo');
      } finally {
        live.close();
      }
    });

    it('on a reconnect, first sends what was raised since the last alert the page saw, oldest first', async () => {
      const cookie = await sessionCookie('reader');
      const lastSeen = alert({ id: 'f6a7b8c9-d0e1-4f2a-8b3c-5d6e7f809102', kind: 'HIGH_RISK', raisedAt: new Date(now.getTime() - 60_000).toISOString() });
      const missed1 = alert({ id: 'a7b8c9d0-e1f2-4a3b-8c4d-6e7f80910213', kind: 'EXPLOITATION', raisedAt: new Date(now.getTime() - 30_000).toISOString() });
      const missed2 = alert({ id: 'b8c9d0e1-f2a3-4b4c-8d5e-7f8091021324', kind: 'HIGH_RISK', raisedAt: new Date(now.getTime() - 10_000).toISOString() });
      feed = [missed2, missed1, lastSeen, ...feed];
      const opened = stream.total;
      const live = await openLive(cookie, '/alerts/live', { 'last-event-id': lastSeen.id });
      try {
        const events = await live.next(2);
        expect(events.map((e) => e.id)).toEqual([missed1.id, missed2.id]);
        // Read-only staff get the row without the Acknowledge form.
        expect(JSON.parse(events[0].data).html).not.toContain('/acknowledge"');
        // And then the live ones, a duplicate of what was caught up on sent once only.
        await stream.opened(opened + 1);
        const fresh = alert({ id: 'c9d0e1f2-a3b4-4c5d-8e6f-809102132435', kind: 'HIGH_RISK', raisedAt: new Date().toISOString() });
        stream.push('alert', missed2.id, missed2);
        stream.push('alert', fresh.id, fresh);
        const all = await live.next(3);
        expect(all.map((e) => e.id)).toEqual([missed1.id, missed2.id, fresh.id]);
      } finally {
        live.close();
      }
    });

    it('ends the stream when alerting ends it, so the browser reconnects and catches up', async () => {
      const cookie = await sessionCookie('cmo');
      const opened = stream.total;
      const live = await openLive(cookie);
      await stream.opened(opened + 1);
      stream.endAll();
      await expect(live.next(1, 5_000)).resolves.toEqual([]);
      expect(live.raw()).toContain('retry: 3000');
    });

    it('given alerting refuses one more stream for this person (429, too many open), then the page is told why and not left retrying', async () => {
      const cookie = await sessionCookie('cmo');
      const routes = kit.alerting.routes;
      const refusal = { statusCode: 429, error: 'Too Many Requests', message: 'too many live alert streams open: at most 5 at once for each officer (ALERT_STREAMS_PER_OFFICER); close one and try again' };
      kit.alerting.routes = { ...routes, 'GET /v1/alerts/stream': () => ({ status: 429, body: refusal }) };
      try {
        const feedReads = alertingCalls('GET', '/v1/alerts').length;
        const live = await openLive(cookie);
        expect(live.res.status).toBe(200);
        expect(live.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
        expect(await live.next(2, 5_000)).toEqual([{ event: 'too-many-streams', data: JSON.stringify({ message: TOO_MANY_STREAMS_MESSAGE }) }]);
        expect(TOO_MANY_STREAMS_MESSAGE).toMatch(/^You have too many Homeward tabs open with live alerts: close one and reload/);
        // A page that cannot act on the event (no script) asks again only after a minute.
        expect(live.raw()).toContain('retry: 60000');
        expect(alertingCalls('GET', '/v1/alerts').length).toBe(feedReads);
      } finally {
        kit.alerting.routes = routes;
      }
    });

    it('is not a stream for someone not signed in', async () => {
      const res = await fetch(`${kit.web.url}/alerts/live`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/sign-in/);
    });
  });
});
