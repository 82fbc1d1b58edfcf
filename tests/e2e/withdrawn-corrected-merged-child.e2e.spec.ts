import { Services } from '@homeward/testing';
import { BuiltStack, daysAgo, getJson, startBuiltStack, until } from './support/built-stack';

/**
 * Issue 13, "managers manage the queue", through the four built services on real PostgreSQL,
 * Redis and Kafka: the police withdraw a report made in error (its open task cancelled with the
 * reason, the episode withdrawn and not counted), correct the child's name, and a manager merges
 * the first record (no LA id) into the later one that has it, so the repeat count includes both.
 */
describe('a report withdrawn, a child corrected and two records of one child merged', () => {
  let built: BuiltStack;
  let stack: Services;
  let apiKey: string;
  let cmo: string;
  let manager: string;

  const misspelt = { givenName: 'Jaiden', familyName: 'Example-Merge', dateOfBirth: '2012-02-11' };
  const withLaId = { givenName: 'Jayden', familyName: 'Example-Merge', dateOfBirth: '2012-02-11', localAuthorityId: 'NCC-E2E-0013' };

  beforeAll(async () => {
    built = await startBuiltStack();
    stack = built.stack;
    apiKey = await built.ingestKey('--force', 'E2E-FORCE');
    cmo = await built.staffToken('e2e13-cmo', 'CMO');
    manager = await built.staffToken('e2e13-manager', 'MANAGER');
  }, 120_000);

  afterAll(() => built?.stop());

  const notify = async (body: Record<string, unknown>) => {
    const res = await fetch(`${stack.url('ingest-api')}/v1/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'MISSING_REPORTED', riskLevel: 'MEDIUM', careStatus: 'NOT_KNOWN', missingFrom: 'HOME', ...body, notificationId: `${body.policeReference}-${body.type ?? 'MISSING_REPORTED'}` }),
    });
    expect(res.status).toBe(202);
  };
  const episode = async (policeReference: string, child: object, days: number) => {
    await notify({ policeReference, child, occurredAt: daysAgo(days) });
    await notify({ policeReference, child, type: 'FOUND', occurredAt: daysAgo(days, 23) });
  };
  const get = <T>(url: string, bearer = cmo) => getJson<T>(url, bearer);
  type Task = { id: string; type: string; status: string; policeReference: string; childId: string };
  const tasks = (query: string) => get<{ items: Task[] }>(`${stack.url('compliance-tracker')}/v1/tasks?${query}`).then((p) => p.items);
  interface ChildRecord {
    id: string;
    givenName: string;
    repeatCount: number;
    episodes: { policeReference: string; status: string }[];
  }
  const record = (childId: string) => get<ChildRecord>(`${stack.url('protocol-engine')}/v1/children/${childId}`);
  const childOf = async (policeReference: string) =>
    (await until(() => get<{ childId: string }[]>(`${stack.url('protocol-engine')}/v1/decisions?policeReference=${encodeURIComponent(policeReference)}`), (d) => d.length > 0, `a decision on ${policeReference}`))[0].childId;

  it('withdraws, corrects and merges, and the repeat count follows', async () => {
    await episode('E2E13/A1', misspelt, 20);
    await episode('E2E13/A2', misspelt, 10);
    const first = await childOf('E2E13/A1');

    // A third report at HIGH risk, made in error: its strategy discussion is cancelled when the police withdraw it.
    await notify({ policeReference: 'E2E13/A3', child: misspelt, occurredAt: daysAgo(2), riskLevel: 'HIGH' });
    const [strategy] = await until(() => tasks('policeReference=E2E13%2FA3'), (t) => t.some((x) => x.type === 'STRATEGY_DISCUSSION'), 'the strategy discussion');
    await notify({ policeReference: 'E2E13/A3', child: misspelt, type: 'CANCELLED', occurredAt: daysAgo(2, 21), riskLevel: 'HIGH', cancellation: { reason: 'MADE_IN_ERROR' } });
    await until(() => tasks('policeReference=E2E13%2FA3'), (t) => t.every((x) => x.status === 'CANCELLED'), 'the work cancelled');
    const history = await get<{ action: string; actor: string; details: Record<string, unknown> }[]>(`${stack.url('compliance-tracker')}/v1/tasks/${strategy.id}/history`);
    expect(history.at(-1)).toMatchObject({ action: 'CANCELLED', actor: 'police', details: expect.objectContaining({ reason: 'REPORT_MADE_IN_ERROR', policeReason: 'MADE_IN_ERROR' }) });
    const withdrawn = await until(() => record(first), (r) => r.episodes.some((e) => e.status === 'WITHDRAWN'), 'the episode withdrawn');
    expect(withdrawn.repeatCount).toBe(2);

    // The police correct the child's given name on the first occurrence.
    await notify({ policeReference: 'E2E13/A1', child: { ...misspelt, givenName: 'Jayden' }, type: 'CORRECTED', occurredAt: daysAgo(1) });
    await until(() => record(first), (r) => r.givenName === 'Jayden', 'the name corrected');

    // A later report with the LA's id makes a second record; a manager merges the first into it.
    await episode('E2E13/B1', withLaId, 5);
    const survivor = await childOf('E2E13/B1');
    expect(survivor).not.toBe(first);
    expect((await record(survivor)).repeatCount).toBe(1);
    const merge = await fetch(`${stack.url('protocol-engine')}/v1/children/${survivor}/merge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mergeChildId: first }),
    });
    expect(merge.status).toBe(200);
    expect(await merge.json()).toMatchObject({ survivorChildId: survivor, mergedChildId: first, episodesMoved: 3 });

    const merged = await record(first);
    expect(merged).toMatchObject({ id: survivor, repeatCount: 3 });
    expect(merged.episodes.map((e) => e.policeReference).sort()).toEqual(['E2E13/A1', 'E2E13/A2', 'E2E13/A3', 'E2E13/B1']);
    // compliance-tracker and alerting follow the merge: the first record's work and alerts are the survivor's.
    const moved = await until(() => tasks(`childId=${survivor}`), (t) => t.some((x) => x.policeReference === 'E2E13/A1'), "the first record's tasks on the survivor");
    expect(new Set(moved.map((t) => t.policeReference))).toEqual(new Set(['E2E13/A1', 'E2E13/A2', 'E2E13/A3', 'E2E13/B1']));
    await until(
      () => get<{ policeReference: string }[]>(`${stack.url('alerting')}/v1/alerts?childId=${survivor}`),
      (a) => a.some((x) => x.policeReference === 'E2E13/A3'),
      "the first record's alerts on the survivor",
    );
    expect(await tasks(`childId=${first}`)).toEqual([]);
  });
});
