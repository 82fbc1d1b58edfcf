import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import { ADMIN, aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

/** A draft: RHI due in 48 h, and "persistent" only for 3 episodes within 10 days. */
function stricterDraft(version: string): ProtocolProfile {
  const profile = structuredClone(DEFAULT_PROFILE) as ProtocolProfile;
  profile.version = version;
  profile.rules.find((r) => r.id === 'return-interview')!.then.actions![0].deadline = { unit: 'CLOCK_HOURS', amount: 48 };
  const persistent = profile.rules.find((r) => r.id === 'persistent-missing')!;
  const window = (persistent.when as { all: { fact?: string; params?: { days: number } }[] }).all.find((c) => c.fact === 'episodesInWindow')!;
  window.params = { days: 10 };
  return profile;
}

interface WhatIf {
  notificationsReplayed: number;
  decisionsDiffering: number;
  summary: { tasksAdded: number; tasksRemoved: number; tasksChanged: number; byRule: Record<string, { added: number; removed: number; changed: number }> };
  differences: { policeReference: string; removed: { taskType: string }[]; changed: { before: { deadline: { amount: number } }; after: { deadline: { amount: number } } }[] }[];
}

describe('protocol-engine: what-if replay of a draft protocol', () => {
  let engine: Engine;
  const refs: string[] = [];

  beforeAll(async () => {
    engine = await startEngine();
    // Before the history, so no time-based rule comes due while it is decided.
    engine.clock.set('2025-05-31T00:00:00Z');
    // DOMAIN example 3: episodes starting 1, 12 and 25 June, each found 12 hours later.
    const child = aChild();
    for (const day of ['01', '12', '25']) {
      const missing = notification({ child, occurredAt: `2025-06-${day}T18:00:00.000Z` });
      refs.push(missing.policeReference);
      await engine.publish(missing);
      const next = String(Number(day) + 1).padStart(2, '0');
      await engine.publish(notification({ child, policeReference: missing.policeReference, type: 'FOUND', occurredAt: `2025-06-${next}T06:00:00.000Z` }));
    }
    await engine.waitForDecisions(refs[2], 2);
  });
  afterAll(async () => engine?.close());

  const whatIf = (body: unknown) =>
    fetch(`${engine.svc.url}/v1/protocol/what-if`, { method: 'POST', headers: ADMIN, body: JSON.stringify(body) });
  const counts = async () =>
    (await engine.db.query(`SELECT (SELECT count(*) FROM decisions) d, (SELECT count(*) FROM outbox) o, (SELECT count(*) FROM protocol_versions) v, (SELECT count(*) FROM episode_timers) t`)).rows[0];

  it('given a stricter draft over June, answers the deadlines it changes and the meeting it no longer asks for, by rule, and changes nothing', async () => {
    const before = await counts();
    const res = await whatIf({ profile: stricterDraft('draft-june'), from: '2025-06-01T00:00:00Z', to: '2025-06-30T23:59:59Z' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as WhatIf;

    expect(answer.notificationsReplayed).toBe(6);
    expect(answer.summary.byRule['return-interview']).toEqual({ added: 0, removed: 0, changed: 3 });
    expect(answer.summary.byRule['persistent-missing']).toEqual({ added: 0, removed: 2, changed: 0 });
    const third = answer.differences.find((d) => d.policeReference === refs[2] && d.removed.length > 0)!;
    expect(third.removed.map((a) => a.taskType).sort()).toEqual(['MULTI_AGENCY_MEETING', 'RISK_MANAGEMENT_FOLLOW_UP']);
    const changed = answer.differences.flatMap((d) => d.changed);
    expect(changed.every((c) => c.before.deadline.amount === 72 && c.after.deadline.amount === 48)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('given a stored draft version id and a range before the history, replays nothing and reports no difference', async () => {
    const draft = (await (await fetch(`${engine.svc.url}/v1/protocol/versions`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ profile: stricterDraft('draft-may') }) })).json()) as { id: string };
    const answer = (await (await whatIf({ profile: draft.id, from: '2025-05-01T00:00:00Z', to: '2025-05-31T00:00:00Z' })).json()) as WhatIf;
    expect(answer).toMatchObject({ notificationsReplayed: 0, decisionsDiffering: 0, differences: [] });
  });

  it('given a draft with a broken rule, answers 400 naming the rule', async () => {
    const profile = stricterDraft('broken');
    profile.rules[1].then = { actions: [{ taskType: 'RETURN_INTERVIEW', priority: 'SOMETIME' as never }] };
    const res = await whatIf({ profile, from: '2025-06-01T00:00:00Z', to: '2025-06-30T00:00:00Z' });
    expect(res.status).toBe(400);
    const { problems } = (await res.json()) as { problems: { field: string }[] };
    expect(problems.map((p) => p.field)).toContain('profile.rules.priority-return-interview');
  });
});
