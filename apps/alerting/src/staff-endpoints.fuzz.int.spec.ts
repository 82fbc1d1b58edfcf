import { Topics } from '@homeward/contracts';
import { StaffRoles } from '@homeward/platform';
import { createTestEnvironment, fuzzOpenApi, fuzzSummary, RunningService, staffToken, startServiceInProcess, tableCounts, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { highRiskDecision } from '../test-support/fixtures';
import { AppModule } from './app.module';
import { WebhookResolver } from './delivery/channels/webhook-targets';

// Hundreds of requests: under the whole suite on two cores a run can take minutes, and only a finding fails it.
jest.setTimeout(300_000);

describe('alerting: malformed requests to every staff endpoint', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const tokens = Object.fromEntries(StaffRoles.map((role) => [role, `Bearer ${staffToken({ staffId: `fuzz.${role.toLowerCase()}`, role })}`]));
  const pathIds: Record<string, string[]> = {};

  beforeAll(async () => {
    env = await createTestEnvironment();
    // Every name public, so a webhook URL that passes its DTO reaches the subscription use case.
    const publicDns: WebhookResolver = { resolve: async () => [{ address: '93.184.215.14', family: 4 }] };
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: WebhookResolver, useValue: publicDns }] });
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const db = svc.app.get(DataSource);
    const [alert] = await waitFor(async () => {
      const rows = (await db.query(`SELECT id FROM alerts WHERE police_reference = $1`, [decision.policeReference])) as { id: string }[];
      return rows.length ? rows : undefined;
    }, { timeoutMs: 30_000, description: 'an alert raised' });
    const subscriptions = (await db.query(`SELECT id FROM subscriptions LIMIT 2`)) as { id: string }[];
    pathIds.id = [alert.id, ...subscriptions.map((s) => s.id)];
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given a few hundred malformed requests as each role, then each is a 4xx and no table changes', async () => {
    const before = await tableCounts(env.databaseUrl, 'alerting');
    const report = await fuzzOpenApi({
      baseUrl: svc.url,
      tokens,
      pathIds,
      bodies: { 'POST /v1/subscriptions': { kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'fuzz.partner' }, channels: [{ type: 'WEBHOOK', url: 'https://partner.example/hook', secret: 'a-long-shared-secret-value' }] } },
      casesPerOperation: 40,
      seed: 20260602,
    });
    process.stdout.write(`${fuzzSummary('alerting', report)}\n`);
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThan(250);
    expect(await tableCounts(env.databaseUrl, 'alerting')).toEqual(before);
  });
});
