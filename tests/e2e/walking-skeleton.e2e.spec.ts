import { Services, waitFor } from '@homeward/testing';
import { BuiltStack, startBuiltStack } from './support/built-stack';

/**
 * One child's notifications carried through all four built services on real PostgreSQL,
 * Redis and Kafka, exactly as the README walkthrough does it with curl.
 */
describe('walking skeleton: a police notification through all four services', () => {
  let built: BuiltStack;
  let stack: Services;
  let apiKey: string;
  let officerKey: string;
  /** protocol-engine takes staff tokens only, never an officer's key. */
  let staffToken: string;

  beforeAll(async () => {
    built = await startBuiltStack();
    stack = built.stack;
    apiKey = await built.ingestKey('--force', 'E2E-FORCE');
    officerKey = await built.officerKey('e2e-reader', 'READ_ONLY');
    const exchanged = await fetch(`${stack.url('compliance-tracker')}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${officerKey}` } });
    staffToken = ((await exchanged.json()) as { token: string }).token;
  }, 120_000);

  afterAll(() => built?.stop());

  const post = (body: object) =>
    fetch(`${stack.url('ingest-api')}/v1/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const getJson = async <T>(url: string, bearer = officerKey): Promise<T> =>
    (await (await fetch(url, { headers: { authorization: `Bearer ${bearer}` } })).json()) as T;

  const child = { givenName: 'Casey', familyName: 'Example-Smith', dateOfBirth: '2013-05-02' };
  // Ten days ago: recent enough for ingest's bounds on occurredAt, whenever the suite runs.
  const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const at = (time: string, days = 0) => new Date(Date.parse(`${day}T${time}Z`) + days * 86_400_000).toISOString();
  const report = (policeReference: string, riskLevel: string) => ({
    notificationId: `${policeReference}-missing`,
    type: 'MISSING_REPORTED',
    policeReference,
    occurredAt: at('19:00:00'),
    child,
    riskLevel,
    careStatus: 'NOT_KNOWN',
    missingFrom: 'HOME',
  });
  const found = (policeReference: string) => ({
    ...report(policeReference, 'LOW'),
    notificationId: `${policeReference}-found`,
    type: 'FOUND',
    occurredAt: at('23:30:00'),
    found: { returnedTo: 'Home', safeAndWellCheckAt: at('00:15:00', 1) },
  });

  interface TaskPage {
    items: { id: string; type: string; status: string; dueAt: string; childId: string }[];
    total: number;
  }

  it('given a child reported missing then found, opens a return interview due exactly 72 hours after the found time', async () => {
    expect((await post(report('E2E/1', 'LOW'))).status).toBe(202);
    const accepted = await post(found('E2E/1'));
    expect(accepted.status).toBe(202);

    const tasks = await waitFor(
      async () => {
        const page = await getJson<TaskPage>(`${stack.url('compliance-tracker')}/v1/tasks?policeReference=E2E%2F1`);
        return page.items.length > 0 ? page : undefined;
      },
      { timeoutMs: 30_000, description: 'the return interview task' },
    );
    expect(tasks.items).toEqual([expect.objectContaining({ type: 'RETURN_INTERVIEW', status: 'OPEN', dueAt: at('23:30:00', 3) })]);

    const decisions = await getJson<{ episodeId: string }[]>(`${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E%2F1`, staffToken);
    expect(decisions).toHaveLength(2);
    const episodes = await getJson<{ policeReference: string; foundAt: string }[]>(
      `${stack.url('protocol-engine')}/v1/children/${tasks.items[0].childId}/episodes`,
      staffToken,
    );
    expect(episodes).toEqual([expect.objectContaining({ policeReference: 'E2E/1', foundAt: at('23:30:00') })]);
  });

  it('given the same notification posted twice, answers 200 with the same id and still has one episode and one task', async () => {
    const first = (await (await post(found('E2E/1'))).json()) as { id: string };
    const again = await post(found('E2E/1'));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);

    // A later notification for the same child is processed after any copy of the first, so counting after it is safe.
    expect((await post(report('E2E/2', 'LOW'))).status).toBe(202);
    await waitFor(async () => (await getJson<unknown[]>(`${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E%2F2`, staffToken)).length === 1, {
      timeoutMs: 30_000,
      description: 'the later decision',
    });
    const tasks = await getJson<TaskPage>(`${stack.url('compliance-tracker')}/v1/tasks?policeReference=E2E%2F1`);
    expect(tasks.total).toBe(1);
    const episodes = await getJson<{ policeReference: string }[]>(`${stack.url('protocol-engine')}/v1/children/${tasks.items[0].childId}/episodes`, staffToken);
    expect(episodes.filter((e) => e.policeReference === 'E2E/1')).toHaveLength(1);
  });

  it('given a child reported at HIGH risk, raises an alert in the feed, which staff read with the token compliance-tracker signs, without the child\'s name', async () => {
    // Staff exchange their own key at the staff directory for a token alerting verifies on its own.
    const exchanged = await fetch(`${stack.url('compliance-tracker')}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${officerKey}` } });
    expect(exchanged.status).toBe(200);
    const { token, officer } = (await exchanged.json()) as { token: string; officer: { username: string; role: string; displayName: string } };
    // An officer made without a display name is shown by their username.
    expect(officer).toEqual({ username: 'e2e-reader', role: 'READ_ONLY', displayName: 'e2e-reader' });
    const withKey = await fetch(`${stack.url('alerting')}/v1/alerts`, { headers: { authorization: `Bearer ${officerKey}` } });
    expect({ status: withKey.status, body: await withKey.json() }).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized' } });

    expect((await post(report('E2E/3', 'HIGH'))).status).toBe(202);
    const alerts = await waitFor(
      async () => {
        const feed = await getJson<{ kind: string; recipient: string; summary: string }[]>(
          `${stack.url('alerting')}/v1/alerts?policeReference=E2E%2F3`,
          token,
        );
        return feed.length > 0 ? feed : undefined;
      },
      { timeoutMs: 30_000, description: 'the HIGH risk alert' },
    );
    expect(alerts.map((a) => a.kind)).toContain('HIGH_RISK');
    expect(alerts.map((a) => a.recipient)).toContain('CHILDREN_MISSING_OFFICER');
    expect(JSON.stringify(alerts)).not.toMatch(/Casey|Example-Smith|2013-05-02/);
  });
});
