import { Topics } from '@homeward/contracts';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { AppModule } from '../../app.module';
import { highRiskDecision } from '../../../test-support/fixtures';

jest.setTimeout(60_000);

const READER = { authorization: `Bearer ${staffToken({ staffId: 'test.reader', role: 'READ_ONLY' })}` };

describe('alerting: raising alerts for a protocol decision', () => {
  let env: TestEnvironment;
  let alerting: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const feed = async (policeReference: string) =>
    (await (await fetch(`${alerting.url}/v1/alerts?policeReference=${encodeURIComponent(policeReference)}`, { headers: READER })).json()) as {
      recipient: string;
      kind: string;
    }[];

  it('given a HIGH-risk decision delivered twice, raises one alert per recipient', async () => {
    const decision = highRiskDecision();
    const envelope = testEnvelope('protocol.decision-made', decision);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    // A later marker decision on the same key proves both copies were consumed before we count.
    const marker = { ...highRiskDecision(), childId: decision.childId };
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', marker), decision.childId);
    await waitFor(async () => (await feed(marker.policeReference)).length === 4, { description: 'marker alerts', timeoutMs: 30_000 });

    const alerts = await feed(decision.policeReference);
    expect(alerts.map((a) => a.recipient).sort()).toEqual(
      ['CHILDREN_MISSING_OFFICER', 'CSC_SENIOR_MANAGER', 'DUTY_SOCIAL_WORK', 'POLICE_SENIOR_MANAGER'].sort(),
    );
    expect(alerts.every((a) => a.kind === 'HIGH_RISK')).toBe(true);
  });
});
