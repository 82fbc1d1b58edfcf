import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { AppModule } from '../app.module';
import { officerAuth } from '../../test-support/compliance-test-fixtures';

describe('compliance-tracker: bull-board at /admin/queues', () => {
  let env: TestEnvironment;
  let svc: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const board = (path: string, authorization?: string) => fetch(`${svc.url}/admin/queues${path}`, { headers: authorization ? { authorization } : {} });

  it('given no key, when someone opens the board, then 401 with a Basic prompt for browsers', async () => {
    const res = await board('');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Basic');
    expect((await board('/api/queues')).status).toBe(401);
  });

  it('given a read-only officer, when they open the board, then 403', async () => {
    expect((await board('/api/queues', await officerAuth(svc.app, 'READ_ONLY'))).status).toBe(403);
  });

  it('given a manager, by bearer key or by the browser prompt, when they open the board, then 200 and it shows the compliance queues', async () => {
    const bearer = await officerAuth(svc.app, 'MANAGER');
    expect((await board('', bearer)).status).toBe(200);
    const basic = `Basic ${Buffer.from(`any:${bearer.slice('Bearer '.length)}`).toString('base64')}`;
    const res = await board('/api/queues', basic);
    expect(res.status).toBe(200);
    const { queues } = (await res.json()) as { queues: { name: string }[] };
    const wakeUps = ['deadline-reminder', 'deadline-overdue', 'deadline-escalation-1', 'deadline-escalation-2', 'deadline-unclaimed', 'leave-start', 'placing-authority-reply-chase'].map((kind) => `wake-${kind}`);
    expect(queues.map((q) => q.name).sort()).toEqual([...wakeUps, 'wake-up-sweep-compliance-tracker'].sort());
  });
});
