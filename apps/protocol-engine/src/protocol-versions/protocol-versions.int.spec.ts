import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import { DataSource } from 'typeorm';
import { DefaultProfile21764990000000 } from '../migrations/1764990000000-default-profile-2';
import { SEEDED_VERSION_ID } from '../migrations/1764100000000-versions-timers-history';
import { ADMIN, aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

/** The default profile with the return interview due in 48 hours instead of 72. */
function rhiIn48Hours(version: string): ProtocolProfile {
  const profile = structuredClone(DEFAULT_PROFILE) as ProtocolProfile;
  profile.version = version;
  const rule = profile.rules.find((r) => r.id === 'return-interview')!;
  rule.then.actions![0].deadline = { unit: 'CLOCK_HOURS', amount: 48 };
  return profile;
}

describe('protocol-engine: protocol versions as data', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = ADMIN) =>
    fetch(`${engine.svc.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  it('given no admin key, refuses to create a version', async () => {
    const res = await post('/v1/protocol/versions', { profile: rhiIn48Hours('no-key') }, { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
  });

  it('given a draft with a rule on an unknown fact, answers 400 naming the rule and the problem, and stores nothing', async () => {
    const profile = rhiIn48Hours('bad-1');
    profile.rules[0].when = { all: [{ fact: 'episodeLenght', operator: 'greaterThan', value: 24 }] };
    const res = await post('/v1/protocol/versions', { profile });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { field: string; reason: string }[] };
    expect(body.problems).toContainEqual({ field: 'profile.rules.return-interview', reason: expect.stringContaining('unknown fact "episodeLenght"') });
    const stored = await engine.db.query(`SELECT 1 FROM protocol_versions WHERE version = 'bad-1'`);
    expect(stored.rowCount).toBe(0);
  });

  it('lists the seeded default profile as the first active version', async () => {
    const res = await fetch(`${engine.svc.url}/v1/protocol/versions`, { headers: ADMIN });
    const versions = (await res.json()) as { version: string; status: string; createdBy: string }[];
    expect(versions).toContainEqual(expect.objectContaining({ version: 'nscb-default-2', status: 'ACTIVE', createdBy: 'system' }));
  });

  it('given a draft activated from an instant, decides events from then on with it (audited), and earlier events with the version before', async () => {
    const created = await post('/v1/protocol/versions', { profile: rhiIn48Hours('rhi-48h') });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as { id: string; status: string; createdBy: string };
    expect(draft).toMatchObject({ status: 'DRAFT', createdBy: 'alice' });

    const from = new Date(engine.clock.now().getTime() + 3_600_000).toISOString();
    const activated = await post(`/v1/protocol/versions/${draft.id}/activate`, { effectiveFrom: from });
    expect(activated.status).toBe(200);
    expect(await activated.json()).toMatchObject({ status: 'ACTIVE', activatedBy: 'alice', effectiveFrom: from, activatedAt: engine.clock.now().toISOString() });

    const child = aChild();
    const before = notification({ child, type: 'FOUND', occurredAt: engine.clock.now().toISOString() });
    const after = notification({ child, type: 'FOUND', occurredAt: new Date(Date.parse(from) + 60_000).toISOString() });
    await engine.publish(before);
    await engine.publish(after);
    const [old] = await engine.waitForDecisions(before.policeReference, 1);
    const [fresh] = await engine.waitForDecisions(after.policeReference, 1);
    expect([old.protocol_version, old.required_actions[0].deadline.amount]).toEqual(['nscb-default-2', 72]);
    expect([fresh.protocol_version, fresh.protocol_version_id, fresh.required_actions[0].deadline.amount]).toEqual(['rhi-48h', draft.id, 48]);

    // Immutable once active.
    expect((await post(`/v1/protocol/versions/${draft.id}/activate`, {})).status).toBe(409);
  });

  it('given an effective-from in the past, refuses to back-date the protocol', async () => {
    const draft = (await (await post('/v1/protocol/versions', { profile: rhiIn48Hours('backdated') })).json()) as { id: string };
    const res = await post(`/v1/protocol/versions/${draft.id}/activate`, { effectiveFrom: '2020-01-01T00:00:00Z' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { problems: { field: string }[] }).problems[0].field).toBe('effectiveFrom');
  });
});

describe('protocol-engine: upgrading a running system to the new default profile', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  /** The database as an earlier release left it: only the first shipped version, or that and the council's own. */
  async function upgradeFrom(councilMade: boolean) {
    await engine.db.query(`DELETE FROM protocol_versions WHERE id <> $1`, [SEEDED_VERSION_ID]);
    await engine.db.query(`UPDATE protocol_versions SET version = 'nscb-default-1' WHERE id = $1`, [SEEDED_VERSION_ID]);
    if (councilMade) {
      await engine.db.query(`INSERT INTO protocol_versions (id, version, profile, status, created_by, created_at) VALUES (gen_random_uuid(), 'council-1', $1, 'DRAFT', 'alice', now())`, [
        JSON.stringify({ ...DEFAULT_PROFILE, version: 'council-1' }),
      ]);
    }
    const runner = engine.svc.app.get(DataSource).createQueryRunner();
    try {
      await new DefaultProfile21764990000000().up(runner);
    } finally {
      await runner.release();
    }
    return (await engine.db.query<{ status: string; effective_from: Date | null; created_by: string }>(`SELECT status, effective_from, created_by FROM protocol_versions WHERE version = $1`, [DEFAULT_PROFILE.version])).rows;
  }

  it('given only what Homeward shipped, the new default is in force from the upgrade', async () => {
    const [added] = await upgradeFrom(false);
    expect(added).toMatchObject({ status: 'ACTIVE', created_by: 'system' });
    expect(Math.abs(added.effective_from!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("given versions of the council's own, the new default waits as a draft for the council's protocol admin", async () => {
    expect(await upgradeFrom(true)).toEqual([{ status: 'DRAFT', effective_from: null, created_by: 'system' }]);
  });
});
