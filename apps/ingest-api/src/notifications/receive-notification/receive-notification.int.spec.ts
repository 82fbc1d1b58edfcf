import { FakeClock, RunningService } from '@homeward/testing';
import { call, fieldsOf, IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';
import { CreateApiKey } from '../../api-keys/create-api-key';
import { RevokeApiKey } from '../../api-keys/revoke-api-key';

jest.setTimeout(60_000);

describe('ingest-api: a police force posts notifications', () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;
  let otherForceKey: string;

  beforeAll(async () => {
    kit = await startIngest({}, clock);
    ({ ingest, rows } = kit);
    key = await kit.keyFor('NOTTS');
    otherForceKey = await kit.keyFor('DERBYS');
  });

  afterAll(() => kit?.close());

  const post = (body: unknown, withKey = key) => postNotification(ingest.url, withKey, body);

  /** Runs a refused request and shows that it left no notification and no outbox row behind. */
  async function refused(request: () => ReturnType<typeof post>) {
    const before = await rows.counts();
    const answer = await request();
    expect(await rows.counts()).toEqual(before);
    return answer;
  }

  describe('bad input gets 400 naming the field and stores nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown top-level field', { shoeSize: 9 }, 'shoeSize'],
      ['an unknown field inside child', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2012-04-17', nickname: 'x' } }, 'child.nickname'],
      ['a wrong notification type', { type: 'SPOTTED' }, 'type'],
      ['a wrong risk level', { riskLevel: 'EXTREME' }, 'riskLevel'],
      ['a wrong care status', { careStatus: 'ADOPTED' }, 'careStatus'],
      ['a wrong vulnerability', { vulnerabilities: ['CSE', 'GAMBLING'] }, 'vulnerabilities'],
      ['an impossible date of birth (30 February)', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2014-02-30' } }, 'child.dateOfBirth'],
      ['an impossible occurredAt (30 February)', { occurredAt: '2026-02-30T10:00:00Z' }, 'occurredAt'],
      ['an occurredAt without a time zone', { occurredAt: '2026-06-01T19:00:00' }, 'occurredAt'],
      ['a date of birth in the future', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2026-07-01' } }, 'child.dateOfBirth'],
      ['a person who was 18 at occurredAt', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2008-06-01' } }, 'child.dateOfBirth'],
      ['an occurredAt more than 5 minutes ahead of the clock', { occurredAt: '2026-06-02T12:05:01Z' }, 'occurredAt'],
      ['found details on a MISSING_REPORTED', { found: { returnedTo: 'Home' } }, 'found'],
      ['a given name over 100 characters', { child: { givenName: 'x'.repeat(101), familyName: 'B', dateOfBirth: '2012-04-17' } }, 'child.givenName'],
      ['a location description over 500 characters', { location: { description: 'x'.repeat(501) } }, 'location.description'],
      ['more vulnerabilities than there are kinds', { vulnerabilities: ['CSE', 'CCE', 'MENTAL_HEALTH', 'SUBSTANCE_MISUSE', 'DISABILITY', 'TRAFFICKING', 'CSE'] }, 'vulnerabilities'],
      ['a missing child', { child: undefined }, 'child'],
      ['a notificationId of the wrong type', { notificationId: 12345 }, 'notificationId'],
    ];

    it.each(cases)('given %s, answers 400 naming it', async (_what, change, field) => {
      const answer = await refused(() => post(validNotification(change)));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fieldsOf(answer)).toContain(field);
      expect((answer.body.problems as { reason: string }[]).every((p) => p.reason.length > 0)).toBe(true);
    });

    it('given several faults at once, names every offending field', async () => {
      const answer = await refused(() => post(validNotification({ type: 'X', riskLevel: 'Y', extra: 1 })));
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(expect.arrayContaining(['type', 'riskLevel', 'extra']));
    });

    it('given an occurredAt just under 5 minutes ahead of the clock, accepts it', async () => {
      expect((await post(validNotification({ occurredAt: '2026-06-02T12:04:59Z' }))).status).toBe(202);
    });

    it('given found details on a FOUND notification, accepts it', async () => {
      const answer = await post(validNotification({ type: 'FOUND', found: { returnedTo: 'Foster carer', harmSuffered: false } }));
      expect(answer.status).toBe(202);
    });
  });

  describe('the key decides the force', () => {
    it.each([
      ['no Authorization header', undefined],
      ['a malformed key', 'Bearer not-a-key'],
      ['an unknown well-formed key', `Bearer hwk_${'A'.repeat(43)}`],
      ['a Basic scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ])('given %s, answers 401 and stores nothing', async (_what, authorization) => {
      const answer = await refused(() =>
        call(`${ingest.url}/v1/notifications`, { body: validNotification(), headers: authorization ? { authorization } : {} }),
      );
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('given a revoked key, answers 401 and stores nothing', async () => {
      const created = await ingest.app.get(CreateApiKey).execute({ force: 'NOTTS', label: 'to revoke' });
      expect((await post(validNotification(), created.key)).status).toBe(202);
      await ingest.app.get(RevokeApiKey).execute({ id: created.id });
      expect((await refused(() => post(validNotification(), created.key))).status).toBe(401);
    });
  });

  describe('idempotency', () => {
    it('given the same notification twice, answers 202 then 200 with the same id and stores it once', async () => {
      const body = validNotification();
      const first = await post(body);
      const before = await rows.counts();
      const again = await post(body);
      expect([first.status, again.status]).toEqual([202, 200]);
      expect(again.body).toEqual({ id: first.body.id, status: 'accepted' });
      expect(await rows.counts()).toEqual(before);
    });

    it('given the same notificationId with a different body, answers 409 and changes nothing', async () => {
      const body = validNotification();
      const first = await post(body);
      const answer = await refused(() => post({ ...body, riskLevel: 'LOW' }));
      expect(answer.status).toBe(409);
      expect(fieldsOf(answer)).toEqual(['notificationId']);
      const [stored] = await rows.query<{ body: { riskLevel: string } }>(`SELECT body FROM ingest.notifications WHERE id = $1`, [first.body.id]);
      expect(stored.body.riskLevel).toBe('HIGH');
    });

    it('given two forces using one notificationId, accepts both as different notifications', async () => {
      const body = validNotification();
      const notts = await post(body);
      const derbys = await post(body, otherForceKey);
      expect([notts.status, derbys.status]).toEqual([202, 202]);
      expect(derbys.body.id).not.toBe(notts.body.id);
    });

    it('given an accepted notification, its row and its outbox event were committed together', async () => {
      const answer = await post(validNotification());
      const outbox = await rows.query<{ topic: string; message_key: string }>(
        `SELECT topic, message_key FROM ingest.outbox WHERE aggregate_id = $1`,
        [answer.body.id],
      );
      expect(outbox).toHaveLength(1);
      expect(outbox[0].topic).toBe('police.notification-received.v1');
      // The key is a keyed hash: no name or date of birth in it.
      expect(outbox[0].message_key).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('status', () => {
    it('given a notification of its own, a force sees its state; another force gets 404', async () => {
      const accepted = await post(validNotification());
      const own = await call(`${ingest.url}/v1/notifications/${String(accepted.body.id)}`, { key });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ id: accepted.body.id, status: expect.stringMatching(/^(accepted|published)$/) });
      const other = await call(`${ingest.url}/v1/notifications/${String(accepted.body.id)}`, { key: otherForceKey });
      expect(other.status).toBe(404);
      expect(JSON.stringify(other.body)).not.toContain('Jordan');
    });

    it('given a notification id that is not a uuid, answers 400', async () => {
      expect((await call(`${ingest.url}/v1/notifications/not-a-uuid`, { key })).status).toBe(400);
    });
  });

  describe('HTTP hygiene', () => {
    it('given any answer, carries security headers and echoes the request id', async () => {
      const answer = await call(`${ingest.url}/v1/notifications`, { key, body: validNotification(), headers: { 'x-request-id': 'ignored', 'x-correlation-id': 'police-trace-42' } });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('x-request-id')).toBe('police-trace-42');
    });

    it('given no request id, makes one and echoes it', async () => {
      const answer = await call(`${ingest.url}/v1/notifications`, { key, body: validNotification() });
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('given a cross-origin preflight, grants no CORS', async () => {
      const res = await fetch(`${ingest.url}/v1/notifications`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      await res.arrayBuffer();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
