import { Clock, Topics } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, flushQueuePrefix, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { alertingClient } from '../../../test-support/alerting-client';
import { highRiskDecision } from '../../../test-support/fixtures';
import { ALERT_ESCALATION, escalationWakeUp } from './escalation-wake-up';

jest.setTimeout(60_000);

const ACK_TIMEOUT_SECONDS = 600;

describe('alerting: acknowledging alerts, and escalating high-risk alerts nobody acknowledges', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  let client: ReturnType<typeof alertingClient>;
  const clock = new FakeClock('2025-03-03T10:00:00.000Z');

  const start = async () => {
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
    client = alertingClient(alerting.url, staffToken({ staffId: 'test.manager', role: 'MANAGER' }));
  };

  beforeAll(async () => {
    env = await createTestEnvironment({ HIGH_RISK_ACK_TIMEOUT_SECONDS: String(ACK_TIMEOUT_SECONDS) });
    await start();
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  async function raiseHighRisk() {
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    await waitFor(async () => (await client.feed({ policeReference: decision.policeReference })).length === 4, { description: 'four high-risk alerts', timeoutMs: 30_000 });
    return decision.policeReference;
  }
  /** The time-up escalation checks the test clock has reached: their wake-ups done, so their effects are all in. */
  const dueChecks = async () =>
    Number(
      ((await alerting.app.get(DataSource).query(`SELECT count(*) AS n FROM wake_ups WHERE kind = $1 AND due_at <= $2`, [ALERT_ESCALATION, clock.now()])) as { n: string }[])[0].n,
    );
  /** One wake-up sweep (it fires what is due by the test clock), then waits until what it fired has finished. */
  const sweep = async () => {
    const report = await alerting.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await dueChecks()) === 0, { description: 'the due escalation checks done', timeoutMs: 20_000 });
    return report;
  };

  it('given a high-risk alert nobody acknowledges in time, escalates to the next role on each ladder, once', async () => {
    const ref = await raiseHighRisk();
    clock.advance((ACK_TIMEOUT_SECONDS - 1) * 1_000);
    expect((await sweep()).rung).toBe(0);
    expect((await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' })).length).toBe(0);

    clock.advance(2_000);
    await sweep();
    await sweep();
    const escalated = await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' });
    // CMO and duty social work both climb to the team manager: one alert; CSC's senior manager to the director. Police escalate in their own chain.
    expect(escalated.map((a) => a.recipient).sort()).toEqual(['DIRECTOR_OF_CHILDRENS_SERVICES', 'TEAM_MANAGER']);
    const original = await client.feed({ policeReference: ref, kind: 'HIGH_RISK' });
    expect(original.map((a) => a.id)).toContain(escalated.find((a) => a.recipient === 'TEAM_MANAGER')!.escalationOf);

    // The same wake-ups again (a redelivered job, a sweep racing the alarm): nothing more.
    await alerting.app.get(UnitOfWork).run((em) => alerting.app.get(WakeUps).schedule(em, ...original.map((a) => escalationWakeUp(a.id, clock.now()))));
    await sweep();
    expect((await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' })).map((a) => a.id).sort()).toEqual(escalated.map((a) => a.id).sort());

    clock.advance(ACK_TIMEOUT_SECONDS * 1_000 + 1_000);
    await sweep();
    const second = await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' });
    expect(second.map((a) => a.recipient).sort()).toEqual(['DIRECTOR_OF_CHILDRENS_SERVICES', 'SERVICE_MANAGER', 'TEAM_MANAGER']);
  });

  it("given an escalation addressed to the team manager, a CMO's acknowledgement is refused (403, nothing recorded) and a manager's stands", async () => {
    const ref = await raiseHighRisk();
    clock.advance((ACK_TIMEOUT_SECONDS + 1) * 1_000);
    await sweep();
    const [toManager] = await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED', recipient: 'TEAM_MANAGER' });

    const refused = await client.acknowledge(toManager.id, staffToken({ staffId: 'jo.bloggs', role: 'CMO' }));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe('this alert is addressed to TEAM_MANAGER: only a manager may acknowledge it');
    expect(await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED', recipient: 'TEAM_MANAGER' })).toEqual([
      expect.objectContaining({ id: toManager.id, acknowledgedAt: null, acknowledgedBy: null }),
    ]);

    const accepted = await client.acknowledge(toManager.id);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ id: toManager.id, acknowledgedBy: 'test.manager' });
  });

  it('given one recipient acknowledges in time, records the staff id their token names and nobody is escalated to', async () => {
    const ref = await raiseHighRisk();
    const [cmo] = await client.feed({ policeReference: ref, recipient: 'CHILDREN_MISSING_OFFICER' });
    const res = await client.acknowledge(cmo.id, staffToken({ staffId: 'jo.bloggs', role: 'CMO' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: cmo.id, acknowledgedBy: 'jo.bloggs', acknowledgedAt: clock.now().toISOString() });

    clock.advance((ACK_TIMEOUT_SECONDS + 1) * 1_000);
    await sweep();
    expect(await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' })).toEqual([]);
  });

  it('given the check killed mid-transaction (its database connection cut while it waits on the alert), it is retried and escalates once', async () => {
    const ref = await raiseHighRisk();
    const db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT id FROM alerting.alerts WHERE police_reference = $1 FOR UPDATE`, [ref]);
      clock.advance((ACK_TIMEOUT_SECONDS + 1) * 1_000);
      await alerting.app.get(WakeUps).sweepNow();
      const { pid } = await waitFor(
        async () => (await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows[0],
        { description: 'an escalation check waiting on the alert' },
      );
      await db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    await sweep();
    const escalated = await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' });
    expect(escalated.map((a) => a.recipient).sort()).toEqual(['DIRECTOR_OF_CHILDRENS_SERVICES', 'TEAM_MANAGER']);
  });

  it('given alerting down when the alerts fall due and Redis then loses its jobs, the instance started after escalates them, once', async () => {
    const ref = await raiseHighRisk();
    await alerting.close();
    clock.advance((ACK_TIMEOUT_SECONDS + 1) * 1_000);
    expect(await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX)).toBeGreaterThan(0);
    await start();

    await sweep();
    await sweep();
    const escalated = await client.feed({ policeReference: ref, kind: 'HIGH_RISK_UNACKNOWLEDGED' });
    expect(escalated.map((a) => a.recipient).sort()).toEqual(['DIRECTOR_OF_CHILDRENS_SERVICES', 'TEAM_MANAGER']);
  });

  it('given an acknowledgement for a malformed id, answers 400 naming the field; for an unknown alert, 404', async () => {
    const badId = await client.acknowledge('not-a-uuid');
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { problems: unknown }).problems).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    expect((await client.acknowledge('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
