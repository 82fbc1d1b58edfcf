import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { AppModule } from '../app.module';
import { WebhookResolver } from '../delivery/channels/webhook-targets';

jest.setTimeout(60_000);

const MANAGER = { authorization: `Bearer ${staffToken({ staffId: 'test.manager', role: 'MANAGER' })}` };

interface SubscriptionView {
  id: string;
  kind: string;
  recipient: { type: string; id: string };
  channels: Record<string, string>[];
  responsibleAuthority: string | null;
}

describe('alerting: managing subscriptions', () => {
  let env: TestEnvironment;
  let alerting: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    // The partners' names here (*.example) resolve nowhere: give them a public address.
    const publicDns: WebhookResolver = { resolve: async () => [{ address: '93.184.215.14', family: 4 }] };
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: WebhookResolver, useValue: publicDns }] });
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const post = (body: unknown) =>
    fetch(`${alerting.url}/v1/subscriptions`, { method: 'POST', headers: { ...MANAGER, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const list = async () => (await (await fetch(`${alerting.url}/v1/subscriptions`, { headers: MANAGER })).json()) as SubscriptionView[];
  const remove = (id: string) => fetch(`${alerting.url}/v1/subscriptions/${id}`, { method: 'DELETE', headers: MANAGER });

  it('given a fresh install, lists the DOMAIN.md defaults: high risk to the CMO, duty social work and the senior managers of CSC and police', async () => {
    const highRisk = (await list()).filter((s) => s.kind === 'HIGH_RISK');
    expect(highRisk.map((s) => s.recipient.id).sort()).toEqual(['CHILDREN_MISSING_OFFICER', 'CSC_SENIOR_MANAGER', 'DUTY_SOCIAL_WORK', 'POLICE_SENIOR_MANAGER']);
    expect(highRisk.every((s) => s.channels.length === 1 && s.channels[0].type === 'FEED')).toBe(true);
  });

  it('given a placing authority webhook subscription, stores it and lists it without its secret; deleting it removes it', async () => {
    const res = await post({
      kind: 'PLACED_IN_WITHOUT_NOTICE',
      recipient: { type: 'ROLE', id: 'PLACING_AUTHORITY_CONTACT' },
      channels: [{ type: 'WEBHOOK', url: 'https://la-xyz.example/homeward', secret: 'a-long-shared-secret-value' }, { type: 'EMAIL', address: 'missing@la-xyz.example' }],
      responsibleAuthority: 'LA-XYZ',
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as SubscriptionView;
    const listed = (await list()).find((s) => s.id === created.id);
    expect(listed).toMatchObject({ responsibleAuthority: 'LA-XYZ', channels: [{ type: 'WEBHOOK', url: 'https://la-xyz.example/homeward' }, { type: 'EMAIL', address: 'missing@la-xyz.example' }] });
    expect(JSON.stringify(await list())).not.toContain('a-long-shared-secret-value');

    expect((await remove(created.id)).status).toBe(204);
    expect((await list()).some((s) => s.id === created.id)).toBe(false);
    expect((await remove(created.id)).status).toBe(404);
  });

  it('given bad subscriptions, answers 400 naming each field and stores nothing', async () => {
    const before = (await list()).length;
    const cases: [unknown, string][] = [
      [{ kind: 'NOPE', recipient: { type: 'ROLE', id: 'TEAM_MANAGER' }, channels: [{ type: 'FEED' }] }, 'kind'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'ROLE', id: 'CHIEF_WIZARD' }, channels: [{ type: 'FEED' }] }, 'recipient.id'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'ROLE', id: 'TEAM_MANAGER' }, channels: [] }, 'channels'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'jo' }, channels: [{ type: 'EMAIL', address: 'not-an-address' }] }, 'channels.0.address'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'jo' }, channels: [{ type: 'WEBHOOK', url: 'ftp://x.example', secret: 'short' }] }, 'channels.0.url'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'jo' }, channels: [{ type: 'WEBHOOK', url: 'https://x.example', secret: 'short' }] }, 'channels.0.secret'],
      [{ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'jo' }, channels: [{ type: 'FEED', address: 'jo@x.example' }] }, 'channels.0.address'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      const problems = ((await res.json()) as { problems: { field: string }[] }).problems.map((p) => p.field);
      expect(problems).toContain(field);
    }
    expect((await list()).length).toBe(before);
  });
});
