import { staffToken, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../../testing/engine-test-kit';
import { DecideOnNotification } from './decide-on-notification.usecase';

describe('protocol-engine: deciding on police notifications', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  const outboxCount = async (policeReference: string) =>
    Number((await engine.db.query(`SELECT count(*) FROM outbox WHERE payload->'data'->>'policeReference' = $1`, [policeReference])).rows[0].count);

  it('given a child reported missing then found, asks for a return interview due 72 clock hours after the found time, under the seeded version', async () => {
    const child = aChild();
    const missing = notification({ child, occurredAt: '2025-01-06T19:00:00.000Z', riskLevel: 'LOW' });
    const ref = missing.policeReference;
    await engine.publish(missing);
    await engine.publish(notification({ child, policeReference: ref, type: 'FOUND', occurredAt: '2025-01-06T23:30:00.000Z', riskLevel: 'LOW' }));

    const [missingDecision, found] = await engine.waitForDecisions(ref, 2);
    const rhi = found.required_actions.find((a) => a.taskType === 'RETURN_INTERVIEW');
    expect(rhi).toMatchObject({ anchorAt: '2025-01-06T23:30:00.000Z', deadline: { unit: 'CLOCK_HOURS', amount: 72 } });
    expect(found.protocol_version).toBe('nscb-default-2');
    expect(found.protocol_version_id).toBe('00000000-0000-4000-8000-000000000001');
    await waitFor(async () => (await outboxCount(ref)) === 2, { description: 'two decision events in the outbox' });

    // The history a manager reads: decisions in order, episodes by the child's opaque id.
    const headers = { authorization: `Bearer ${staffToken({ staffId: 'jordan.lee', role: 'MANAGER' })}` };
    const listed = (await (await fetch(`${engine.svc.url}/v1/decisions?policeReference=${encodeURIComponent(ref)}&force=NOTTS`, { headers })).json()) as { id: string; protocolVersion: string }[];
    expect(listed.map((d) => d.id)).toEqual([missingDecision, found].map((d) => d.id));
    expect(listed[1].protocolVersion).toBe('nscb-default-2');
    const [{ child_id: childId }] = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [ref])).rows;
    const res = await fetch(`${engine.svc.url}/v1/children/${childId}/episodes`, { headers });
    const text = await res.text();
    expect(JSON.parse(text)).toEqual([expect.objectContaining({ policeReference: ref, missingSince: '2025-01-06T19:00:00.000Z', foundAt: '2025-01-06T23:30:00.000Z' })]);
    expect(text).not.toContain("O'Neil");
  });

  it('given a child reported at HIGH risk, the decision raises a HIGH_RISK alert and asks for a strategy discussion', async () => {
    const n = notification({ riskLevel: 'HIGH' });
    await engine.publish(n);
    const [decision] = await engine.waitForDecisions(n.policeReference, 1);
    expect(decision.alerts).toContain('HIGH_RISK');
    expect(decision.required_actions.map((a) => a.taskType)).toContain('STRATEGY_DISCUSSION');
  });

  it('given the same message delivered twice, makes one decision and one event', async () => {
    const n = notification();
    const id = await engine.publish(n);
    await engine.publish(n, id);
    // A later message for the same child (same key, same partition) proves both copies were consumed.
    const marker = notification({ child: n.child });
    await engine.publish(marker);
    await engine.waitForDecisions(marker.policeReference, 1);

    expect(await engine.decisionsFor(n.policeReference)).toHaveLength(1);
    expect(await outboxCount(n.policeReference)).toBe(1);
  });

  it('given the same accepted notification re-sent in a new envelope (a replayed relay), applies it once', async () => {
    const n = notification();
    await engine.publish(n);
    await engine.publish(n);
    const marker = notification({ child: n.child });
    await engine.publish(marker);
    await engine.waitForDecisions(marker.policeReference, 1);
    expect(await engine.decisionsFor(n.policeReference)).toHaveLength(1);
  });

  it('given a FOUND that arrives before its missing report, the episode ends consistent with one return interview', async () => {
    const child = aChild();
    const found = notification({ child, type: 'FOUND', occurredAt: '2025-01-07T08:00:00.000Z', riskLevel: 'LOW' });
    const ref = found.policeReference;
    await engine.publish(found);
    await engine.publish(notification({ child, policeReference: ref, type: 'MISSING_REPORTED', occurredAt: '2025-01-06T22:00:00.000Z', riskLevel: 'LOW' }));
    const decisions = await engine.waitForDecisions(ref, 2);

    const rhis = decisions.flatMap((d) => d.required_actions).filter((a) => a.taskType === 'RETURN_INTERVIEW');
    expect(rhis).toHaveLength(1);
    const { rows } = await engine.db.query(`SELECT missing_since, found_at FROM episodes WHERE police_reference = $1`, [ref]);
    expect(rows).toEqual([{ missing_since: new Date('2025-01-06T22:00:00.000Z'), found_at: new Date('2025-01-07T08:00:00.000Z') }]);
    // Found already: no time-based rule is waiting on this episode.
    const timers = await engine.db.query(`SELECT t.* FROM episode_timers t JOIN episodes e ON e.id = t.episode_id WHERE e.police_reference = $1`, [ref]);
    expect(timers.rows).toHaveLength(0);
  });

  it('given found 1 Oct 10:00, missing again 2 Oct 15:00 and found 3 Oct 09:00 (DOMAIN example 6), supersedes the first RHI and asks for a new one due 6 Oct 09:00', async () => {
    const child = aChild();
    const first = notification({ child, type: 'MISSING_REPORTED', occurredAt: '2025-10-01T06:00:00.000Z', riskLevel: 'LOW' });
    const second = notification({ child, type: 'MISSING_REPORTED', occurredAt: '2025-10-02T14:00:00.000Z', riskLevel: 'LOW' });
    await engine.publish(first);
    await engine.publish({ ...notification({ child, policeReference: first.policeReference }), type: 'FOUND', occurredAt: '2025-10-01T09:00:00.000Z', riskLevel: 'LOW' });
    await engine.publish(second);
    await engine.publish({ ...notification({ child, policeReference: second.policeReference }), type: 'FOUND', occurredAt: '2025-10-03T08:00:00.000Z', riskLevel: 'LOW' });

    const [missingAgain, foundAgain] = await engine.waitForDecisions(second.policeReference, 2);
    const [firstEpisode] = (await engine.db.query(`SELECT id FROM episodes WHERE police_reference = $1`, [first.policeReference])).rows;
    expect(missingAgain.supersedes).toEqual([{ episodeId: firstEpisode.id, taskType: 'RETURN_INTERVIEW' }]);
    const rhi = foundAgain.required_actions.find((a) => a.taskType === 'RETURN_INTERVIEW')!;
    // 3 Oct 09:00 BST is 08:00Z; due 72 h later, 6 Oct 09:00 London time.
    expect(rhi.anchorAt).toBe('2025-10-03T08:00:00.000Z');
    expect(rhi.deadline).toEqual({ unit: 'CLOCK_HOURS', amount: 72 });
    expect(rhi.priority).toBe('PRIORITY'); // the repeat count rose: 2 episodes in 90 days
  });
});

describe('protocol-engine: a consumer that fails after its effects committed', () => {
  let engine: Engine;
  let failures = 0;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  it('given the first attempt dies after committing, the redelivered message makes no second decision or event', async () => {
    const decide = engine.svc.app.get(DecideOnNotification);
    const realExecute = decide.execute.bind(decide);
    // The use case's transaction commits, then this message's handling dies before its offset is committed.
    const n = notification({ riskLevel: 'LOW' });
    const envelopeId = randomUUID();
    jest.spyOn(decide, 'execute').mockImplementation(async (command) => {
      await realExecute(command);
      if (command.messageId === envelopeId && failures++ === 0) throw new Error('crash after commit');
    });
    await engine.publish(n, envelopeId, envelopeId);
    await waitFor(() => failures >= 2, { timeoutMs: 30_000, description: 'the redelivery' });

    expect(await engine.decisionsFor(n.policeReference)).toHaveLength(1);
    const outbox = await engine.db.query(`SELECT count(*) FROM outbox WHERE payload->'data'->>'policeReference' = $1`, [n.policeReference]);
    expect(Number(outbox.rows[0].count)).toBe(1);
  });

  it('given the service stopped while a backlog flows and started again, each notification is decided exactly once', async () => {
    const child = aChild();
    const backlog = Array.from({ length: 40 }, (_, i) =>
      notification({ child, occurredAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000).toISOString() }),
    );
    for (const n of backlog) await engine.publish(n);
    await waitFor(async () => (await engine.db.query(`SELECT 1 FROM applied_notifications LIMIT 1`)).rowCount, { description: 'work under way' });
    await engine.restart();

    const refs = backlog.map((n) => n.policeReference);
    const count = async () => Number((await engine.db.query(`SELECT count(*) FROM decisions WHERE police_reference = ANY($1)`, [refs])).rows[0].count);
    await waitFor(async () => (await count()) >= backlog.length, { timeoutMs: 60_000, description: 'the whole backlog decided' });
    const perRef = await engine.db.query(`SELECT police_reference, count(*) FROM decisions WHERE police_reference = ANY($1) GROUP BY 1 HAVING count(*) > 1`, [refs]);
    expect(perRef.rows).toEqual([]);
    expect(await count()).toBe(backlog.length);
  });
});
