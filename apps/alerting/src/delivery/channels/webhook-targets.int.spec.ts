import { DecisionMadeV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { highRiskDecision } from '../../../test-support/fixtures';
import { AppModule } from '../../app.module';
import { WebhookResolver } from './webhook-targets';

jest.setTimeout(60_000);

const MANAGER = { authorization: `Bearer ${staffToken({ staffId: 'test.manager', role: 'MANAGER' })}`, 'content-type': 'application/json' };
const SECRET = 'a-long-shared-secret-value';

/** DNS as an attacker runs it: each name answers what the test says, and may change its answer. */
class AttackerDns extends WebhookResolver {
  readonly answers = new Map<string, string[]>();
  async resolve(hostname: string) {
    const answer = this.answers.get(hostname);
    if (!answer) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }
}

describe('alerting: where a webhook may go', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  const dns = new AttackerDns();

  beforeAll(async () => {
    env = await createTestEnvironment({ DELIVERY_ATTEMPTS: '1', DELIVERY_BACKOFF_MS: '50' });
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: WebhookResolver, useValue: dns }] });
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const subscribe = (url: string, responsibleAuthority = 'LA-HOOK') =>
    fetch(`${alerting.url}/v1/subscriptions`, {
      method: 'POST',
      headers: MANAGER,
      body: JSON.stringify({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'partner' }, channels: [{ type: 'WEBHOOK', url, secret: SECRET }], responsibleAuthority }),
    });
  const subscriptionCount = async () => Number((await alerting.app.get(DataSource).query(`SELECT count(*) AS n FROM subscriptions`))[0].n);

  it.each([
    ['plain http', 'http://partner.example/hook', 'url must be an https URL'],
    ['a loopback literal', 'https://127.0.0.1/hook', 'url 127.0.0.1 is not a public address'],
    ['an IPv6 loopback literal', 'https://[::1]/hook', 'url ::1 is not a public address'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data', 'url 169.254.169.254 is not a public address'],
    ['a name resolving to a private address', 'https://intranet.example/hook', 'url intranet.example resolves to an address that is not public'],
    ['a name with one public and one link-local address', 'https://mixed.example/hook', 'url mixed.example resolves to an address that is not public'],
    ['a name that does not resolve', 'https://nowhere.example/hook', 'url nowhere.example does not resolve'],
    ['credentials in the URL', 'https://user:pw@partner.example/hook', 'url must not carry a user name or password'],
  ])('given a webhook to %s, then 400 naming channels.0.url and nothing stored', async (_, url, reason) => {
    dns.answers.set('partner.example', ['93.184.215.14']);
    dns.answers.set('intranet.example', ['10.20.30.40']);
    dns.answers.set('mixed.example', ['93.184.215.14', 'fe80::1']);
    const before = await subscriptionCount();
    const res = await subscribe(url);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { problems: unknown[] }).problems).toEqual([{ field: 'channels.0.url', reason }]);
    expect(await subscriptionCount()).toBe(before);
  });

  it('given a name that was public at subscription and points inside at delivery (DNS rebinding), then nothing is sent there and the delivery fails', async () => {
    const inside: string[] = [];
    const server: Server = createServer((req, res) => {
      inside.push(req.url ?? '');
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      dns.answers.set('rebind.example', ['93.184.215.14']);
      expect((await subscribe(`https://rebind.example:${port}/hook`, 'LA-REBIND')).status).toBe(201);
      dns.answers.set('rebind.example', ['127.0.0.1']);

      const decision: DecisionMadeV1 = highRiskDecision({
        policeReference: 'REBIND/1',
        requiredActions: [{ actionKey: 'strategy', taskType: 'STRATEGY_DISCUSSION', priority: 'URGENT', deadline: { unit: 'CLOCK_HOURS', amount: 24 }, anchorAt: new Date().toISOString(), responsibleAuthority: 'LA-REBIND', reasons: ['high-risk'] }],
      });
      await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
      const [delivery] = await waitFor(async () => {
        const rows = (await alerting.app.get(DataSource).query(
          `SELECT d.status, d.last_error FROM deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.police_reference = $1 AND d.channel = 'WEBHOOK' AND d.status = 'FAILED'`,
          ['REBIND/1'],
        )) as { status: string; last_error: string }[];
        return rows.length ? rows : undefined;
      }, { timeoutMs: 30_000, description: 'the webhook delivery failed' });
      expect(delivery.last_error).toContain('rebind.example resolves to an address that is not public');
      expect(inside).toEqual([]);
    } finally {
      server.close();
    }
  });
});
