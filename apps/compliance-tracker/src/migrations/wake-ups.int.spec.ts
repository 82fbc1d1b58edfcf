import { Clock, Topics } from '@homeward/contracts';
import { WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, flushQueuePrefix, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { newOfficer, outboxEvents } from '../../test-support/compliance-test-fixtures';
import { createTask } from '../../test-support/task-fixtures';
import { WakeUps1764500000000 } from './1764500000000-wake-ups';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('compliance-tracker: the upgrade to wake-ups carries pending work across', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const db = () => svc.app.get(DataSource);
  const post = (path: string, auth: string, body: unknown) =>
    fetch(`${svc.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });

  it('given an open task\'s unfired steps and leave not yet started, as the old alarms left them, when the migration runs, then each is a wake-up and fires, and cancelled leave is not', async () => {
    const task = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + 72 * HOUR) });
    const [manager, away] = [await newOfficer(svc.app, 'MANAGER'), await newOfficer(svc.app, 'CMO')];
    const leave = async (startsInMs: number) => {
      const startsAt = new Date(clock.now().getTime() + startsInMs);
      const res = await post('/v1/leave', manager.auth, { officer: away.username, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + DAY).toISOString() });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const [starting, cancelled] = [await leave(HOUR), await leave(3 * DAY)];
    expect((await post(`/v1/leave/${cancelled}/cancel`, manager.auth, {})).status).toBe(200);

    // Before the upgrade: no wake_ups table, nothing in Redis but what the old alarms held (lost here).
    await db().query(`DROP TABLE wake_ups`);
    await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX);
    const runner = db().createQueryRunner();
    try {
      await new WakeUps1764500000000().up(runner);
    } finally {
      await runner.release();
    }

    const rows: { kind: string; subject_id: string; version: string }[] = await db().query(`SELECT kind, subject_id, version FROM wake_ups ORDER BY due_at`);
    const startsAt: { starts_at: Date }[] = await db().query(`SELECT starts_at FROM officer_leave WHERE id = $1`, [starting]);
    expect(rows).toEqual([
      { kind: 'leave-start', subject_id: starting, version: String(startsAt[0].starts_at.getTime()) },
      ...['unclaimed', 'reminder', 'overdue', 'escalation-1', 'escalation-2'].map((step) => ({ kind: `deadline-${step}`, subject_id: task, version: '1' })),
    ]);

    // Due while the service was down: the sweep after start-up fires them.
    clock.set(clock.now().getTime() + 72 * HOUR + 1_000);
    await svc.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await outboxEvents(svc.app, Topics.taskOverdue, task)).length === 1, { description: 'the overdue step' });
    await waitFor(async () => ((await db().query(`SELECT routed_at FROM officer_leave WHERE id = $1`, [starting]))[0].routed_at ? true : null), { description: 'the leave handed over' });
    expect((await db().query(`SELECT routed_at FROM officer_leave WHERE id = $1`, [cancelled]))[0].routed_at).toBeNull();
  });
});
