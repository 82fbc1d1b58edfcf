import { waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Engine, notification, startEngine } from '../../testing/engine-test-kit';
import { WakeUps, wakeUpQueue } from '@homeward/platform';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { EPISODE_TIMER } from '../store-episode-timers';
import { FireTimer, FireTimerCommand } from './index';

const HOUR = 3_600_000;

describe('protocol-engine: time-based rules fire without a new message', () => {
  let engine: Engine;
  let queue: Queue;

  beforeAll(async () => {
    engine = await startEngine();
    queue = new Queue(wakeUpQueue(EPISODE_TIMER), { prefix: engine.env.env.QUEUE_PREFIX, connection: { url: engine.env.redisUrl } });
  });
  afterAll(async () => {
    await queue?.close();
    await engine?.close();
  });

  const timersOf = async (ref: string) =>
    (
      await engine.db.query<{ id: string; timer: string; due_at: Date; fired_at: Date | null }>(
        `SELECT t.* FROM episode_timers t JOIN episodes e ON e.id = t.episode_id WHERE e.police_reference = $1 ORDER BY t.due_at`,
        [ref],
      )
    ).rows;

  async function missingNow(riskLevel: 'LOW' | 'MEDIUM') {
    const n = notification({ riskLevel, occurredAt: engine.clock.now().toISOString() });
    await engine.publish(n);
    await engine.waitForDecisions(n.policeReference, 1);
    return n;
  }

  it('given a low-risk child still missing, Postgres holds a review due at 24 h and a lengthy-episode check at 7 days', async () => {
    const start = engine.clock.now().getTime();
    const { policeReference: ref } = await missingNow('LOW');
    const timers = await timersOf(ref);
    expect(timers.map((t) => [t.timer, t.due_at.getTime() - start])).toEqual([
      ['LOW_RISK_REVIEW', 24 * HOUR],
      ['LENGTHY_EPISODE', 168 * HOUR],
    ]);
  });

  it('given the clock passes 24 h and the alarm rings twice, one review decision is made and the timer is marked fired', async () => {
    const { policeReference: ref } = await missingNow('LOW');
    engine.clock.advance(25 * HOUR);
    // The delayed job was set from the test clock; bring it forward instead of waiting.
    const [review] = (await timersOf(ref)).filter((t) => t.timer === 'LOW_RISK_REVIEW');
    const job = await waitFor(async () => (await queue.getDelayed()).find((j) => j.data.subjectId === review.id), { description: 'the review alarm' });
    await job.promote();
    await waitFor(async () => (await engine.decisionsFor(ref)).length === 2, { description: 'the timer decision' });
    await engine.svc.app.get(FireTimer).execute(FireTimerCommand.create({ timerId: review.id }));

    const decisions = await engine.decisionsFor(ref);
    expect(decisions).toHaveLength(2);
    expect(decisions[1].cause).toEqual({ kind: 'timer', timer: 'LOW_RISK_REVIEW', timerId: review.id });
    expect(decisions[1].required_actions.map((a) => a.taskType)).toEqual(['REVIEW_EPISODE']);
    expect((await timersOf(ref)).find((t) => t.id === review.id)?.fired_at).not.toBeNull();
    engine.clock.advance(-25 * HOUR);
  });

  it('given the alarm job dies after its decision committed, the retry makes no second decision', async () => {
    const ref = (await missingNow('LOW')).policeReference;
    const [review] = (await timersOf(ref)).filter((t) => t.timer === 'LOW_RISK_REVIEW');
    const fireTimer = engine.svc.app.get(FireTimer);
    const realExecute = fireTimer.execute.bind(fireTimer);
    let crashed = false;
    // The decision's transaction commits, then the handler dies before the wake-up is done: crash there once.
    const spy = jest.spyOn(fireTimer, 'execute').mockImplementation(async (command) => {
      const result = await realExecute(command);
      if (!crashed && command.timerId === review.id && result === 'DECIDED') {
        crashed = true;
        throw new Error('crash after commit');
      }
      return result;
    });
    try {
      engine.clock.advance(25 * HOUR);
      const job = await waitFor(async () => (await queue.getDelayed()).find((j) => j.data.subjectId === review.id), { description: 'the review alarm' });
      await job.promote();
      await waitFor(async () => (await queue.getJobState(job.id!)) === 'completed', { timeoutMs: 30_000, description: 'the retried alarm to complete' });

      expect(crashed).toBe(true);
      expect((await queue.getJob(job.id!))?.attemptsMade).toBe(2);
      expect(await engine.decisionsFor(ref)).toHaveLength(2);
    } finally {
      spy.mockRestore();
      engine.clock.advance(-25 * HOUR);
    }
  });

  it('given a medium-risk child, no review timer is held (only very-low and low risk are reviewed)', async () => {
    const { policeReference: ref } = await missingNow('MEDIUM');
    expect((await timersOf(ref)).map((t) => t.timer)).toEqual(['LENGTHY_EPISODE']);
  });

  it("given Redis lost the suite's alarms, the sweep fires the lengthy-episode rule after 7 days from Postgres alone", async () => {
    const { policeReference: ref } = await missingNow('MEDIUM');
    const redis = new Redis(engine.env.redisUrl);
    try {
      // Only this suite's keys: the Redis is shared with other suites.
      const keys = await redis.keys(`${engine.env.env.QUEUE_PREFIX}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    engine.clock.advance(7 * 24 * HOUR + 1);
    const wakeUps = engine.svc.app.get(WakeUps);
    await wakeUps.sweepNow();
    await waitFor(async () => (await engine.decisionsFor(ref)).length >= 2, { description: 'the swept timer decision' });
    await waitFor(async () => (await engine.db.query(`SELECT 1 FROM wake_ups WHERE kind = $1 AND due_at <= $2`, [EPISODE_TIMER, engine.clock.now()])).rowCount === 0, {
      description: 'no due wake-up left',
    });
    await wakeUps.sweepNow(); // a second sweep finds nothing left to do

    const decisions = await engine.decisionsFor(ref);
    expect(decisions).toHaveLength(2);
    expect(decisions[1].fired_rules.map((r) => r.ruleId)).toContain('lengthy-episode');
    expect(decisions[1].required_actions.map((a) => a.taskType)).toContain('MULTI_AGENCY_MEETING');
    engine.clock.advance(-(7 * 24 * HOUR + 1));
  });

  it('given the child is found before 24 h, the review timer is gone and a late alarm makes no decision', async () => {
    const missing = await missingNow('LOW');
    const ref = missing.policeReference;
    const [review] = (await timersOf(ref)).filter((t) => t.timer === 'LOW_RISK_REVIEW');
    await engine.publish(notification({ child: missing.child, type: 'FOUND', policeReference: ref, riskLevel: 'LOW', occurredAt: engine.clock.now().toISOString() }));
    await engine.waitForDecisions(ref, 2);

    expect(await timersOf(ref)).toEqual([]);
    expect(await engine.svc.app.get(FireTimer).execute(FireTimerCommand.create({ timerId: review.id }))).toBe('GONE');
    expect(await engine.decisionsFor(ref)).toHaveLength(2);
  });

  it('given the review falls due while a message for the episode was applied within the quiet window, no decision is made until the episode has been quiet, then one', async () => {
    const missing = await missingNow('LOW');
    const ref = missing.policeReference;
    const [review] = (await timersOf(ref)).filter((t) => t.timer === 'LOW_RISK_REVIEW');
    const quietMs = engine.svc.app.get(ProtocolEngineConfig).timerQuietMs;
    const start = engine.clock.now();
    engine.clock.advance(25 * HOUR);
    try {
      // A re-grading lands just as the review falls due.
      await engine.publish(notification({ child: missing.child, policeReference: ref, riskLevel: 'LOW', occurredAt: engine.clock.now().toISOString() }));
      await engine.waitForDecisions(ref, 2);
      const quietAt = new Date(engine.clock.now().getTime() + quietMs);

      const job = await waitFor(async () => (await queue.getDelayed()).find((j) => j.data.subjectId === review.id), { description: 'the review alarm' });
      await job.promote();
      await waitFor(async () => (await queue.getJobState(job.id!)) === 'completed', { description: 'the busy-episode alarm to complete' });
      expect(await engine.decisionsFor(ref)).toHaveLength(2);
      expect((await timersOf(ref)).find((t) => t.id === review.id)?.fired_at).toBeNull();
      const again = await engine.db.query(`SELECT due_at FROM wake_ups WHERE kind = $1 AND subject_id = $2`, [EPISODE_TIMER, review.id]);
      expect(again.rows.map((r) => r.due_at.getTime())).toEqual([quietAt.getTime()]);

      engine.clock.advance(quietMs);
      await engine.svc.app.get(WakeUps).sweepNow();
      await waitFor(async () => (await engine.decisionsFor(ref)).length === 3, { description: 'the review once quiet' });
      await waitFor(async () => (await engine.db.query(`SELECT 1 FROM wake_ups WHERE subject_id = $1`, [review.id])).rowCount === 0, { description: 'the wake-up done' });
      const decisions = await engine.decisionsFor(ref);
      expect(decisions).toHaveLength(3);
      expect(decisions[2].cause).toEqual({ kind: 'timer', timer: 'LOW_RISK_REVIEW', timerId: review.id });
    } finally {
      engine.clock.set(start);
    }
  });
});
