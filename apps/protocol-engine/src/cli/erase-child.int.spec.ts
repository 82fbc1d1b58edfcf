import { Topics } from '@homeward/contracts';
import { jsonLines, runBuiltCli } from '@homeward/testing';
import { Engine, notification, startEngine } from '../testing/engine-test-kit';

/** The built erase-child CLI (needs `npm run build`) beside the service, sharing its database. */
describe('protocol-engine: npm run erase-child', () => {
  // Each run boots the erasure's context (database, Redis) and shuts it down again.
  jest.setTimeout(120_000);
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
    engine.clock.set('2025-06-20T12:00:00Z');
  });
  afterAll(async () => engine?.close());

  // At info, as in production (the test environment logs warnings only): the audit line is an info line.
  const cli = (args: string[]) => runBuiltCli('protocol-engine', 'erase-child', args, { ...engine.env.env, LOG_LEVEL: 'info' });
  const lines = jsonLines;
  const events = async (childId: string) => Number((await engine.db.query(`SELECT count(*) AS n FROM outbox WHERE topic = $1 AND aggregate_id = $2`, [Topics.childErased, childId])).rows[0].n);

  it('erases a found child: prints the erasure and an audit log line with ids and counts only; a second run says it was done already and publishes nothing', async () => {
    const missing = notification({ occurredAt: '2025-06-10T18:00:00.000Z', location: { postcode: 'NG7 2QX', description: 'Bus station' } });
    await engine.publish(missing);
    await engine.publish(notification({ child: missing.child, policeReference: missing.policeReference, type: 'FOUND', occurredAt: '2025-06-10T23:00:00.000Z' }));
    await engine.waitForDecisions(missing.policeReference, 2);
    const childId: string = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [missing.policeReference])).rows[0].child_id;

    const run = await cli(['--child', childId, '--requested-by', 'dpo.officer', '--reason', 'DPO-2026-0142']);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    const audit = out.find((l) => l.msg === 'child personal data erased');
    expect(audit).toMatchObject({ childId, requestedBy: 'dpo.officer', counts: { childRecords: 1, episodes: 1, notificationDetails: 1 } });
    expect(out.find((l) => l.outcome)).toMatchObject({ outcome: 'ERASED', childId, erasureId: audit?.erasureId, reason: 'DPO-2026-0142' });
    // The audit line names no one and carries no place.
    expect(JSON.stringify(audit)).not.toMatch(/Amy|O'Neil|2012-05-04|NG7|Bus station|DPO-2026/);
    expect(await events(childId)).toBe(1);

    const again = await cli(['--child', childId, '--requested-by', 'dpo.officer', '--reason', 'DPO-2026-0142']);
    expect({ code: again.code, outcome: lines(again.stdout)[0].outcome }).toEqual({ code: 0, outcome: 'ALREADY_ERASED' });
    // The CLI's own clock (the system's), not the in-process service's test clock.
    const [{ erased_at: erasedAt }] = (await engine.db.query(`SELECT erased_at FROM children WHERE id = $1`, [childId])).rows;
    expect(again.stderr).toMatch(`child ${childId} was already erased on ${new Date(erasedAt).toISOString()} (erasure ${String(audit?.erasureId)}): nothing done`);
    expect(await events(childId)).toBe(1);
  });

  it.each([
    [['--child', '6f1c1e7e-0b7a-4c53-9f0e-3f4b1f6c2a10', '--requested-by', 'dpo.officer', '--reason', 'DPO-1'], /no child 6f1c1e7e-0b7a-4c53-9f0e-3f4b1f6c2a10: nothing erased/],
    [['--child', 'amy', '--requested-by', 'dpo.officer', '--reason', 'DPO-1'], /--child must be a child id[\s\S]*usage: npm run erase-child/],
    [['--child', '6f1c1e7e-0b7a-4c53-9f0e-3f4b1f6c2a10', '--reason', 'DPO-1'], /--requested-by must be a staff username/],
    [['--child', '6f1c1e7e-0b7a-4c53-9f0e-3f4b1f6c2a10', '--requested-by', 'dpo.officer'], /--reason must be the DPO's reference/],
  ])('given %j, exits 1 saying why and changes nothing', async (args, message) => {
    const res = await cli(args);
    expect({ code: res.code, stdout: res.stdout }).toEqual({ code: 1, stdout: '' });
    expect(res.stderr).toMatch(message);
  });
});
