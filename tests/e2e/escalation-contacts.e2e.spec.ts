import { Services, waitFor } from '@homeward/testing';
import { Client } from 'pg';
import { BuiltStack, startBuiltStack } from './support/built-stack';

jest.setTimeout(180_000);

const ACK_TIMEOUT_SECONDS = 3;

interface FeedAlert {
  kind: string;
  recipient: string;
  addressee: { username: string; displayName: string; coveringFor?: { username: string; displayName: string } } | null;
}

/**
 * The escalation ladder names real people, through the four built services: the officers CLI
 * puts managers on its rungs, leave recorded at compliance-tracker reaches alerting as an event,
 * and a HIGH-risk alert nobody acknowledges escalates to the team manager by name, or to their
 * cover while they are away.
 */
describe('escalation contacts and leave cover, across the services', () => {
  let built: BuiltStack;
  let stack: Services;
  let db: Client;
  let apiKey: string;
  let managerKey: string;
  let token: string;

  beforeAll(async () => {
    built = await startBuiltStack({ config: { LOG_LEVEL: 'warn', HIGH_RISK_ACK_TIMEOUT_SECONDS: String(ACK_TIMEOUT_SECONDS) } });
    stack = built.stack;
    apiKey = await built.ingestKey('--force', 'E2E-FORCE');
    managerKey = await built.officerKey('e2e.team-manager', 'MANAGER', '--display-name', 'Jordan Lee', '--ladder-role', 'TEAM_MANAGER');
    await built.officerKey('e2e.service-manager', 'MANAGER', '--display-name', 'Alex Rahman', '--ladder-role', 'SERVICE_MANAGER');
    await built.officerKey('e2e.cover', 'CMO', '--display-name', 'Rowan Patel');
    const exchanged = await fetch(`${stack.url('compliance-tracker')}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${managerKey}` } });
    token = ((await exchanged.json()) as { token: string }).token;
    db = new Client({ connectionString: built.env.databaseUrl });
    await db.connect();
  }, 150_000);

  afterAll(async () => {
    await db?.end();
    await built?.stop();
  });

  const asManager = (path: string, body?: unknown) =>
    fetch(`${stack.url('compliance-tracker')}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${managerKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  /** What alerting knows of a leave: it learns it from compliance-tracker's event, never its tables. */
  const alertingKnows = (leaveId: string, cancelled: boolean) =>
    waitFor(async () => ((await db.query(`SELECT 1 FROM alerting.staff_leave WHERE leave_id = $1 AND cancelled = $2`, [leaveId, cancelled])).rowCount ?? 0) > 0, {
      timeoutMs: 30_000,
      description: 'alerting to hear of the leave',
    });
  async function unacknowledgedEscalations(policeReference: string, roles: string[]): Promise<FeedAlert[]> {
    const report = {
      notificationId: `${policeReference}-missing`,
      type: 'MISSING_REPORTED',
      policeReference,
      occurredAt: new Date().toISOString(),
      child: { givenName: 'Casey', familyName: 'Example-Smith', dateOfBirth: '2013-05-02' },
      riskLevel: 'HIGH',
      careStatus: 'NOT_KNOWN',
    };
    const posted = await fetch(`${stack.url('ingest-api')}/v1/notifications`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(report) });
    expect(posted.status).toBe(202);
    return waitFor(
      async () => {
        const res = await fetch(`${stack.url('alerting')}/v1/alerts?${new URLSearchParams({ policeReference, kind: 'HIGH_RISK_UNACKNOWLEDGED' })}`, { headers: { authorization: `Bearer ${token}` } });
        const feed = ((await res.json()) as FeedAlert[]).filter((a) => roles.includes(a.recipient));
        return feed.length === roles.length ? feed : undefined;
      },
      { timeoutMs: 60_000, description: `the escalations to ${roles.join(' and ')} of the unacknowledged HIGH-risk alert` },
    );
  }

  it('given the team manager on leave with a cover, a HIGH-risk alert nobody acknowledges goes to the cover by name; the leave cancelled, to the team manager by name', async () => {
    const leave = await asManager('/v1/leave', { officer: 'e2e.team-manager', startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), cover: 'e2e.cover' });
    expect(leave.status).toBe(201);
    const { id: leaveId } = (await leave.json()) as { id: string };
    await alertingKnows(leaveId, false);

    const [covered] = await unacknowledgedEscalations('E2E/LADDER/1', ['TEAM_MANAGER']);
    expect(covered.addressee).toEqual({
      username: 'e2e.cover',
      displayName: 'Rowan Patel',
      coveringFor: { username: 'e2e.team-manager', displayName: 'Jordan Lee' },
    });

    expect((await asManager(`/v1/leave/${leaveId}/cancel`)).status).toBe(200);
    await alertingKnows(leaveId, true);
    // Unacknowledged again, the team manager's escalation climbs to the service manager, each named.
    const named = await unacknowledgedEscalations('E2E/LADDER/2', ['TEAM_MANAGER', 'SERVICE_MANAGER']);
    expect(named.map((a) => [a.recipient, a.addressee?.displayName]).sort()).toEqual([
      ['SERVICE_MANAGER', 'Alex Rahman'],
      ['TEAM_MANAGER', 'Jordan Lee'],
    ]);
  });
});
