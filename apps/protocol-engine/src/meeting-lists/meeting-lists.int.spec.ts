import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { wakeUpQueue } from '@homeward/platform';
import { staffToken, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';
import { MEETING_LIST_REVIEW } from './meeting-list-review.wake-up';
import { ReviewListing, ReviewListingCommand } from './review-listing';

const DAY = 86_400_000;
const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}`, 'content-type': 'application/json' });
const CMO = as('CMO', 'casey.morgan');
const MANAGER = as('MANAGER', 'jordan.lee');

interface ListedChild {
  entryId: string;
  childId: string;
  givenName: string;
  since: string;
  until: string | null;
  untilReason: string;
  reason: { ruleId: string; text: string; decisionId: string; policeReference: string };
}
interface EntryRow {
  id: string;
  until: Date | null;
  left_at: Date | null;
  left_reason: string | null;
  left_by: string | null;
  left_note: string | null;
}

describe('protocol-engine: meeting lists kept from the decisions, left when the window passes or a manager removes the child', () => {
  let engine: Engine;
  let queue: Queue;

  beforeAll(async () => {
    engine = await startEngine();
    queue = new Queue(wakeUpQueue(MEETING_LIST_REVIEW), { prefix: engine.env.env.QUEUE_PREFIX, connection: { url: engine.env.redisUrl } });
  });
  afterAll(async () => {
    await queue?.close();
    await engine?.close();
  });

  const childIdOf = async (ref: string): Promise<string> => (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [ref])).rows[0].child_id;
  /** Missing at 10:00 on each day, found at 18:00; the clock follows, so each decision is made as it happens. */
  async function episodes(child: NotificationReceivedV1['child'], days: string[], extra: Partial<NotificationReceivedV1> = {}): Promise<string[]> {
    const refs: string[] = [];
    for (const day of days) {
      const missing = notification({ child, occurredAt: `${day}T10:00:00.000Z`, ...extra });
      engine.clock.set(`${day}T10:05:00.000Z`);
      await engine.publish(missing);
      await engine.waitForDecisions(missing.policeReference, 1);
      engine.clock.set(`${day}T18:05:00.000Z`);
      await engine.publish(notification({ child, policeReference: missing.policeReference, type: 'FOUND', occurredAt: `${day}T18:00:00.000Z`, ...extra }));
      await engine.waitForDecisions(missing.policeReference, 2);
      refs.push(missing.policeReference);
    }
    return refs;
  }
  const listed = async (list: string, headers: Record<string, string> = CMO): Promise<ListedChild[]> => {
    const res = await fetch(`${engine.svc.url}/v1/meeting-lists/${list}`, { headers });
    expect(res.status).toBe(200);
    return ((await res.json()) as { children: ListedChild[] }).children;
  };
  const entriesOf = async (childId: string, list: string) =>
    (await engine.db.query<EntryRow>(`SELECT id, until, left_at, left_reason, left_by, left_note FROM meeting_list_entries WHERE child_id = $1 AND list = $2 ORDER BY since`, [childId, list])).rows;
  const changesOf = async (childId: string) =>
    (
      await engine.db.query<{ message_key: string; data: { change: string; list: string; ruleId: string; leftReason?: string; leftBy?: string } }>(
        `SELECT message_key, payload->'data' AS data FROM outbox WHERE topic = 'protocol.meeting-list-changed.v1' AND payload->'data'->>'childId' = $1 ORDER BY id`,
        [childId],
      )
    ).rows;
  /** Brings the entry's review (at `until`) forward, as the clock has passed it. */
  async function ringReview(entryId: string, until: Date) {
    const job = await waitFor(async () => (await queue.getDelayed()).find((j) => j.data.subjectId === entryId && Number(j.data.version) === until.getTime()), { description: 'the review wake-up' });
    await job.promote();
    return job;
  }

  describe('the monthly list (persistent missing)', () => {
    const child = aChild();
    let childId: string;
    let refs: string[];

    it('given a third episode in 90 days, the child joins the monthly list with since, the rule and its decision, until the window no longer holds 3; one JOINED event, keyed by the child id', async () => {
      refs = await episodes(child, ['2025-01-06', '2025-02-01', '2025-03-01']);
      childId = await childIdOf(refs[0]);
      const [entry] = (await listed('monthly-meeting')).filter((c) => c.childId === childId);
      const [decision] = (await engine.decisionsFor(refs[2])).filter((d) => d.fired_rules.some((r) => r.ruleId === 'persistent-missing'));
      expect(entry).toMatchObject({
        givenName: 'Amy',
        since: '2025-03-01T10:05:00.000Z',
        // The first of the three started 6 January: the rolling 90 days hold three until 6 April.
        until: new Date(Date.parse('2025-01-06T10:00:00.000Z') + 90 * DAY).toISOString(),
        untilReason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)',
        reason: { ruleId: 'persistent-missing', text: 'Persistent missing: 3 or more episodes in a rolling 90 days', decisionId: decision.id, policeReference: refs[2] },
      });
      expect(await changesOf(childId)).toEqual([{ message_key: childId, data: expect.objectContaining({ change: 'JOINED', list: 'MONTHLY_MEETING', ruleId: 'persistent-missing' }) }]);
      expect(JSON.stringify(await changesOf(childId))).not.toMatch(/Amy|O'Neil|2012-05-04/);
      const views = await engine.db.query(`SELECT staff_id FROM child_record_views WHERE child_id = $1 AND purpose = 'MEETING_LIST'`, [childId]);
      expect(views.rows).toEqual([{ staff_id: 'casey.morgan' }]);
      expect(await listed('cse-meeting')).not.toContainEqual(expect.objectContaining({ childId }));
    });

    it('given a fourth episode, the child stays on the one entry (no second JOINED) and until moves to 90 days after the second', async () => {
      refs.push(...(await episodes(child, ['2025-03-20'])));
      const entries = await entriesOf(childId, 'MONTHLY_MEETING');
      expect(entries).toHaveLength(1);
      expect(entries[0].until?.toISOString()).toBe(new Date(Date.parse('2025-02-01T10:00:00.000Z') + 90 * DAY).toISOString());
      expect((await changesOf(childId)).map((c) => c.data.change)).toEqual(['JOINED']);
    });

    it('given the clock passes the first until, its stale wake-up keeps the child on; past the moved until, the review (rung twice) takes them off once, with the reason, and one LEFT is published', async () => {
      const [entry] = await entriesOf(childId, 'MONTHLY_MEETING');
      const review = engine.svc.app.get(ReviewListing);
      engine.clock.set('2025-04-10T00:00:00.000Z');
      expect(await review.execute(ReviewListingCommand.create({ entryId: entry.id }))).toBe('STILL_LISTED');

      engine.clock.set(new Date(entry.until!.getTime() + 1_000));
      const job = await ringReview(entry.id, entry.until!);
      await waitFor(async () => (await entriesOf(childId, 'MONTHLY_MEETING'))[0].left_at !== null, { description: 'the child off the list' });
      await waitFor(async () => (await queue.getJobState(job.id!)) === 'completed', { description: 'the review done' });
      expect(await review.execute(ReviewListingCommand.create({ entryId: entry.id }))).toBe('ALREADY_LEFT');

      const [left] = await entriesOf(childId, 'MONTHLY_MEETING');
      expect(left).toMatchObject({ left_at: new Date(entry.until!.getTime() + 1_000), left_reason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)', left_by: 'protocol' });
      expect((await changesOf(childId)).map((c) => c.data)).toEqual([
        expect.objectContaining({ change: 'JOINED' }),
        expect.objectContaining({ change: 'LEFT', leftBy: 'protocol', leftReason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)' }),
      ]);
      expect(await listed('monthly-meeting')).not.toContainEqual(expect.objectContaining({ childId }));
    });

    it('given the review dies after its leaving committed, the retry leaves the child off once: one LEFT', async () => {
      const other = aChild();
      const otherRefs = await episodes(other, ['2025-06-02', '2025-06-12', '2025-06-25']);
      const otherId = await childIdOf(otherRefs[0]);
      const [entry] = await entriesOf(otherId, 'MONTHLY_MEETING');
      const review = engine.svc.app.get(ReviewListing);
      const realExecute = review.execute.bind(review);
      let crashed = false;
      const spy = jest.spyOn(review, 'execute').mockImplementation(async (command) => {
        const result = await realExecute(command);
        if (!crashed && command.entryId === entry.id && result === 'LEFT') {
          crashed = true;
          throw new Error('crash after commit');
        }
        return result;
      });
      try {
        engine.clock.set(new Date(entry.until!.getTime() + 1_000));
        const job = await ringReview(entry.id, entry.until!);
        await waitFor(async () => (await queue.getJobState(job.id!)) === 'completed', { timeoutMs: 30_000, description: 'the retried review to complete' });
        expect(crashed).toBe(true);
        expect((await queue.getJob(job.id!))?.attemptsMade).toBe(2);
        expect((await changesOf(otherId)).map((c) => c.data.change)).toEqual(['JOINED', 'LEFT']);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('a withdrawn report', () => {
    it('given a child listed for three episodes and the police withdraw one, the child leaves the monthly list at once, saying why: one LEFT', async () => {
      const child = aChild();
      const refs = await episodes(child, ['2025-05-05', '2025-06-02', '2025-06-30']);
      const childId = await childIdOf(refs[0]);
      expect((await listed('monthly-meeting')).map((c) => c.childId)).toContain(childId);

      engine.clock.set('2025-07-01T09:00:00.000Z');
      await engine.publish(notification({ child, policeReference: refs[1], type: 'CANCELLED', occurredAt: '2025-07-01T08:55:00.000Z', cancellation: { reason: 'MADE_IN_ERROR' } }));
      await engine.waitForDecisions(refs[1], 3);

      expect((await listed('monthly-meeting')).map((c) => c.childId)).not.toContain(childId);
      const [entry] = await entriesOf(childId, 'MONTHLY_MEETING');
      expect(entry).toMatchObject({ left_by: 'protocol', left_reason: `Fewer than 3 episodes in the rolling 90 days once the withdrawn report ${refs[1]} is left out` });
      expect((await changesOf(childId)).map((c) => c.data.change)).toEqual(['JOINED', 'LEFT']);
    });
  });

  describe('the CSE meeting list (exploitation flag)', () => {
    const child = aChild();
    let childId: string;
    let ref: string;

    it('given a CSE-flagged child graded LOW, the decision says the police graded LOW, the effective risk is HIGH and why, escalates, and lists the child for the CSE meeting for 90 days after the episode', async () => {
      const missing = notification({ child, riskLevel: 'LOW', vulnerabilities: ['CSE'], occurredAt: '2025-07-01T10:00:00.000Z' });
      engine.clock.set('2025-07-01T10:05:00.000Z');
      ref = missing.policeReference;
      await engine.publish(missing);
      const [decision] = await engine.waitForDecisions(ref, 1);
      childId = await childIdOf(ref);
      const stored = (await engine.db.query(`SELECT police_risk, effective_risk, risk_raised_by, alerts FROM decisions WHERE id = $1`, [decision.id])).rows[0];
      expect(stored).toEqual({
        police_risk: 'LOW',
        effective_risk: 'HIGH',
        risk_raised_by: [{ ruleId: 'exploitation', reason: expect.stringContaining('CSE or CCE flag') }],
        alerts: ['EXPLOITATION', 'HIGH_RISK'],
      });
      const event = (await engine.db.query(`SELECT payload->'data' AS data FROM outbox WHERE topic = 'protocol.decision-made.v1' AND aggregate_id = $1`, [decision.id])).rows[0].data;
      expect(event).toMatchObject({ riskLevel: 'HIGH', policeRiskLevel: 'LOW', riskRaisedBy: [{ ruleId: 'exploitation' }], alerts: ['EXPLOITATION', 'HIGH_RISK'] });

      const [entry] = (await listed('cse-meeting', MANAGER)).filter((c) => c.childId === childId);
      expect(entry).toMatchObject({
        since: '2025-07-01T10:05:00.000Z',
        until: new Date(Date.parse('2025-07-01T10:00:00.000Z') + 90 * DAY).toISOString(),
        reason: { ruleId: 'exploitation', decisionId: decision.id, policeReference: ref },
      });
    });

    it('given bad removals, each is a 400 naming the field (or 403 for a CMO, 404 for a child not listed) and the child stays on', async () => {
      const remove = (body: object, headers = MANAGER, list = 'cse-meeting') =>
        fetch(`${engine.svc.url}/v1/meeting-lists/${list}/removals`, { method: 'POST', headers, body: JSON.stringify(body) });
      const problems = async (res: Response) => ({ status: res.status, fields: ((await res.json()) as { problems?: { field: string }[] }).problems?.map((p) => p.field) });
      expect(await problems(await remove({ childId, reason: 'BORED' }))).toEqual({ status: 400, fields: ['reason'] });
      expect(await problems(await remove({ childId, reason: 'OTHER' }))).toEqual({ status: 400, fields: ['note'] });
      expect(await problems(await remove({ childId: 'nope', reason: 'RISK_REDUCED' }))).toEqual({ status: 400, fields: ['childId'] });
      expect(await problems(await remove({ childId, reason: 'RISK_REDUCED' }, MANAGER, 'weekly'))).toEqual({ status: 400, fields: ['list'] });
      expect((await remove({ childId, reason: 'RISK_REDUCED' }, CMO)).status).toBe(403);
      expect((await remove({ childId, reason: 'RISK_REDUCED' }, MANAGER, 'monthly-meeting')).status).toBe(404);
      expect((await entriesOf(childId, 'CSE_MEETING'))[0].left_at).toBeNull();
    });

    it('given a manager removes the child with a reason and a note, they leave at once, named, and the LEFT event carries the reason code but not the note', async () => {
      engine.clock.set('2025-07-03T09:00:00.000Z');
      const res = await fetch(`${engine.svc.url}/v1/meeting-lists/cse-meeting/removals`, {
        method: 'POST',
        headers: MANAGER,
        body: JSON.stringify({ childId, reason: 'SUPPORTED_ELSEWHERE', note: 'Now open to the CSE hub in Leeds' }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ leftAt: '2025-07-03T09:00:00.000Z', leftReason: 'Removed by a manager: SUPPORTED_ELSEWHERE', leftBy: 'jordan.lee' });
      expect((await entriesOf(childId, 'CSE_MEETING'))[0]).toMatchObject({ left_by: 'jordan.lee', left_note: 'Now open to the CSE hub in Leeds' });
      const changes = await changesOf(childId);
      expect(changes.map((c) => c.data)).toEqual([
        expect.objectContaining({ change: 'JOINED', list: 'CSE_MEETING' }),
        expect.objectContaining({ change: 'LEFT', leftBy: 'jordan.lee', leftReason: 'Removed by a manager: SUPPORTED_ELSEWHERE' }),
      ]);
      expect(JSON.stringify(changes)).not.toContain('Leeds');
      expect(await listed('cse-meeting')).not.toContainEqual(expect.objectContaining({ childId }));
      // Its review wake-up went with the entry.
      expect((await engine.db.query(`SELECT 1 FROM wake_ups WHERE kind = $1 AND subject_id = $2`, [MEETING_LIST_REVIEW, (await entriesOf(childId, 'CSE_MEETING'))[0].id])).rowCount).toBe(0);
    });
  });

  it('given a list that does not exist, 400 naming the field; without a token 401; a PROTOCOL_ADMIN may not read the lists', async () => {
    const res = await fetch(`${engine.svc.url}/v1/meeting-lists/weekly`, { headers: CMO });
    expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 400, body: { problems: [{ field: 'list' }] } });
    expect((await fetch(`${engine.svc.url}/v1/meeting-lists/monthly-meeting`)).status).toBe(401);
    expect((await fetch(`${engine.svc.url}/v1/meeting-lists/monthly-meeting`, { headers: as('PROTOCOL_ADMIN', 'pat.admin') })).status).toBe(403);
  });
});
