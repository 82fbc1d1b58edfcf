import { Services, waitFor } from '@homeward/testing';
import { BuiltStack, startBuiltStack } from './support/built-stack';

/**
 * DOMAIN.md worked example 4 through the four built services on real PostgreSQL, Redis and
 * Kafka: a child of 12 reported at HIGH risk is an immediate alert, a strategy discussion due
 * within 24 hours and, when looked after by another authority, that authority told at once. And
 * issue 13: a CSE-flagged child the police graded LOW reaches the senior managers all the same.
 */
const DAY = 86_400_000;

describe('worked example 4: a child of 12 reported missing at HIGH risk', () => {
  let built: BuiltStack;
  let stack: Services;
  let apiKey: string;
  let token: string;

  // A week ago at 19:00, and a child born twelve and a half years before: 12 whenever the suite runs.
  const REPORTED = new Date(`${new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10)}T19:00:00.000Z`);
  const REPORTED_AT = REPORTED.toISOString();
  const DUE_IN_24_HOURS = new Date(REPORTED.getTime() + DAY).toISOString();
  const BORN = new Date(REPORTED);
  BORN.setUTCMonth(BORN.getUTCMonth() - 150);
  const child = (familyName: string) => ({ givenName: 'Robin', familyName, dateOfBirth: BORN.toISOString().slice(0, 10) });

  beforeAll(async () => {
    built = await startBuiltStack();
    stack = built.stack;
    apiKey = await built.ingestKey('--force', 'E2E-FORCE');
    token = await built.staffToken('e2e-cmo', 'CMO');
  }, 120_000);

  afterAll(() => built?.stop());

  const report = async (body: Record<string, unknown>) => {
    const res = await fetch(`${stack.url('ingest-api')}/v1/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'MISSING_REPORTED', occurredAt: REPORTED_AT, missingFrom: 'HOME', careStatus: 'NOT_KNOWN', ...body, notificationId: `${body.policeReference}-missing` }),
    });
    expect(res.status).toBe(202);
  };
  const get = async <T>(url: string): Promise<T> => (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
  const tasksFor = (ref: string, count: number) =>
    waitFor(
      async () => {
        const page = await get<{ items: { type: string; priority: string; dueAt: string; reasons: string[] }[] }>(`${stack.url('compliance-tracker')}/v1/tasks?policeReference=${encodeURIComponent(ref)}`);
        return page.items.length >= count ? page.items : undefined;
      },
      { timeoutMs: 30_000, description: `${count} task(s) for ${ref}` },
    );
  const alertsFor = (ref: string, recipients: string[]) =>
    waitFor(
      async () => {
        const feed = await get<{ kind: string; recipient: string; riskLevel: string | null; summary: string }[]>(`${stack.url('alerting')}/v1/alerts?policeReference=${encodeURIComponent(ref)}`);
        return recipients.every((r) => feed.some((a) => a.recipient === r)) ? feed : undefined;
      },
      { timeoutMs: 30_000, description: `alerts for ${ref} to ${recipients.join(', ')}` },
    );
  const SENIOR = ['CSC_SENIOR_MANAGER', 'POLICE_SENIOR_MANAGER'];

  it('given a child at home, raises the HIGH-risk alert at once (to the CMO and senior managers in CSC and the police) and an urgent strategy discussion due 24 hours after the report', async () => {
    await report({ policeReference: 'E2E4/HOME', child: child('Example-Home'), riskLevel: 'HIGH' });
    const alerts = await alertsFor('E2E4/HOME', ['CHILDREN_MISSING_OFFICER', ...SENIOR]);
    expect(alerts.filter((a) => a.kind === 'HIGH_RISK').map((a) => a.recipient)).toEqual(expect.arrayContaining(['CHILDREN_MISSING_OFFICER', ...SENIOR]));
    const tasks = await tasksFor('E2E4/HOME', 1);
    expect(tasks).toEqual([expect.objectContaining({ type: 'STRATEGY_DISCUSSION', priority: 'URGENT', dueAt: DUE_IN_24_HOURS })]);
    expect(JSON.stringify(alerts)).not.toMatch(/Robin|Example-Home|2014-03-10/);
  });

  it('given the child is looked after by another authority, that authority is told at once: an urgent task due at the report itself, beside the strategy discussion', async () => {
    await report({ policeReference: 'E2E4/LAC', child: child('Example-Placed'), riskLevel: 'HIGH', careStatus: 'LOOKED_AFTER', responsibleAuthority: 'E08000035', missingFrom: 'CHILDRENS_HOME' });
    const tasks = await tasksFor('E2E4/LAC', 2);
    expect(tasks).toEqual(
      expect.arrayContaining([
        // responsibleAuthority null: telling the placing authority is this authority's own work.
        expect.objectContaining({ type: 'NOTIFY_RESPONSIBLE_AUTHORITY', priority: 'URGENT', dueAt: REPORTED_AT, reasons: expect.arrayContaining(['high-risk-placing-authority']) }),
        expect.objectContaining({ type: 'STRATEGY_DISCUSSION', priority: 'URGENT', dueAt: DUE_IN_24_HOURS }),
      ]),
    );
    await alertsFor('E2E4/LAC', SENIOR);
  });

  it('given a CSE-flagged child the police graded LOW, the effective HIGH risk reaches the senior managers, the decision says why, and the child is on the CSE meeting list', async () => {
    // Reported an hour ago: the CSE listing lasts the protocol's 90 days from the episode, so an old report would have left it already.
    const reportedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    await report({ policeReference: 'E2E4/CSE', child: child('Example-Flagged'), riskLevel: 'LOW', vulnerabilities: ['CSE'], occurredAt: reportedAt.toISOString() });
    const alerts = await alertsFor('E2E4/CSE', SENIOR);
    expect(alerts.filter((a) => SENIOR.includes(a.recipient))).toEqual(SENIOR.map(() => expect.objectContaining({ kind: 'HIGH_RISK', riskLevel: 'HIGH' })));

    const [decision] = await get<{ childId: string; effectiveRisk: string; policeRisk: string; riskRaisedBy: { ruleId: string; reason: string }[]; firedRules: { ruleId: string }[] }[]>(
      `${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E4%2FCSE`,
    );
    expect(decision).toMatchObject({ policeRisk: 'LOW', effectiveRisk: 'HIGH', riskRaisedBy: [{ ruleId: 'exploitation', reason: expect.stringContaining('CSE or CCE flag') }] });
    expect(decision.firedRules.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['exploitation', 'effective-high-risk']));
    expect(await tasksFor('E2E4/CSE', 1)).toEqual([expect.objectContaining({ type: 'STRATEGY_DISCUSSION', priority: 'URGENT', dueAt: new Date(reportedAt.getTime() + 24 * 3_600_000).toISOString() })]);

    const list = await get<{ children: { childId: string; givenName: string; reason: { ruleId: string } }[] }>(`${stack.url('protocol-engine')}/v1/meeting-lists/cse-meeting`);
    expect(list.children).toEqual([expect.objectContaining({ childId: decision.childId, givenName: 'Robin', reason: expect.objectContaining({ ruleId: 'exploitation' }) })]);
  });
});
