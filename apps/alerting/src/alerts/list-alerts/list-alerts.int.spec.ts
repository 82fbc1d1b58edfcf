import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope } from '@homeward/testing';
import { alertingClient } from '../../../test-support/alerting-client';
import { highRiskDecision } from '../../../test-support/fixtures';
import { AppModule } from '../../app.module';
import { AlertView } from '../alert-view';
import { RaiseAlertsForDecision, RaiseAlertsForDecisionCommand } from '../raise-alerts-for-decision';

jest.setTimeout(60_000);

const reader = staffToken({ staffId: 'ray.reader', role: 'READ_ONLY' });
const manager = staffToken({ staffId: 'mo.manager', role: 'MANAGER' });

describe('alerting: the alert feed, filtered by acknowledgement and limited', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  /** One HIGH-risk decision's four alerts, one of them acknowledged. */
  let policeReference: string;
  let acknowledgedId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
    const decision = highRiskDecision();
    policeReference = decision.policeReference;
    await alerting.app.get(RaiseAlertsForDecision).execute(RaiseAlertsForDecisionCommand.create(testEnvelope('protocol.decision-made', decision)));
    const [cmoAlert] = await alertingClient(alerting.url, reader).feed({ policeReference, recipient: 'CHILDREN_MISSING_OFFICER' });
    acknowledgedId = cmoAlert.id;
    expect((await alertingClient(alerting.url, manager).acknowledge(acknowledgedId)).status).toBe(200);
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const feed = (query: Record<string, string>) => fetch(`${alerting.url}/v1/alerts?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${reader}` } });
  const ids = async (query: Record<string, string>) => ((await (await feed(query)).json()) as AlertView[]).map((a) => a.id);

  it('given acknowledged=true, lists only the alerts someone acknowledged; given false, only those nobody has yet', async () => {
    expect(await ids({ policeReference, acknowledged: 'true' })).toEqual([acknowledgedId]);
    const open = (await (await feed({ policeReference, acknowledged: 'false' })).json()) as AlertView[];
    expect(open).toHaveLength(3);
    expect(open.every((a) => a.acknowledgedAt === null && a.id !== acknowledgedId)).toBe(true);
    expect(await ids({ policeReference })).toHaveLength(4);
  });

  it('given a limit, lists that many of the newest first', async () => {
    const all = await ids({ policeReference });
    expect(await ids({ policeReference, limit: '2' })).toEqual(all.slice(0, 2));
    expect(await ids({ policeReference, limit: '200' })).toEqual(all);
  });

  it.each([
    [{ limit: '201' }, 'limit', 'limit must not be greater than 200'],
    [{ limit: '0' }, 'limit', 'limit must not be less than 1'],
    [{ limit: 'ten' }, 'limit', 'limit must be an integer number'],
    [{ acknowledged: 'yes' }, 'acknowledged', 'acknowledged must be true or false'],
  ])('given %j, answers 400 naming the field and why', async (query, field, reason) => {
    const res = await feed(query);
    expect(res.status).toBe(400);
    const { problems } = (await res.json()) as { problems: { field: string; reason: string }[] };
    expect(problems).toContainEqual({ field, reason });
    expect(problems.every((p) => p.field === field)).toBe(true);
  });
});
