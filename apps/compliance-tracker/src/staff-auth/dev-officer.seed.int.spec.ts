import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { CreateOfficer, CreateOfficerCommand } from './create-officer';
import { DEV_OFFICERS, DEV_PASSWORD, DevOfficerSeed } from './dev-officer.seed';

describe('compliance-tracker: the development staff seed', () => {
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

  const signIn = async (username: string, password = DEV_PASSWORD) =>
    (await fetch(`${svc.url}/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })).json();

  it('is not seeded outside development (the suite runs as NODE_ENV=test)', async () => {
    expect(await svc.app.get(DataSource).query(`SELECT username FROM officers`)).toEqual([]);
  });

  it('given a database where dev-cmo held the development key, seeds the six twice over: each signs in with the development password, cmo keeps the key, the two managers hold the escalation ladder', async () => {
    await svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username: 'dev-cmo', role: 'CMO', key: 'hwo_dev_cmo_local_only' }));
    await svc.app.get(DevOfficerSeed).seed();
    await svc.app.get(DevOfficerSeed).seed();

    for (const { username, role, displayName } of DEV_OFFICERS) {
      expect(await signIn(username)).toMatchObject({ officer: { username, role, displayName } });
    }
    expect(DEV_OFFICERS.map((o) => [o.username, o.role, o.displayName])).toEqual([
      ['cmo', 'CMO', 'Casey Morgan'],
      ['cover', 'CMO', 'Rowan Patel'],
      ['manager', 'MANAGER', 'Jordan Lee'],
      ['reader', 'READ_ONLY', 'Sam Taylor'],
      ['admin', 'PROTOCOL_ADMIN', 'Pat Quinn'],
      ['service-manager', 'MANAGER', 'Alex Rahman'],
    ]);
    expect(await svc.app.get(DataSource).query(`SELECT username, ladder_role FROM officers WHERE ladder_role IS NOT NULL ORDER BY ladder_role`)).toEqual([
      { username: 'service-manager', ladder_role: 'SERVICE_MANAGER' },
      { username: 'manager', ladder_role: 'TEAM_MANAGER' },
    ]);
    const byKey = await fetch(`${svc.url}/v1/staff/token`, { method: 'POST', headers: { authorization: 'Bearer hwo_dev_cmo_local_only' } });
    expect(await byKey.json()).toMatchObject({ officer: { username: 'cmo', role: 'CMO', displayName: 'Casey Morgan' } });
    expect(await svc.app.get(DataSource).query(`SELECT count(*)::int AS n FROM officers WHERE username <> 'dev-cmo'`)).toEqual([{ n: 6 }]);
  });
});
