import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, staffToken, startServiceInProcess, TEST_STAFF_TOKEN_SECRET, TestEnvironment } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { CreateOfficer, CreateOfficerCommand } from '../create-officer';
import type { OfficerRole } from '../officer.entity';

describe('compliance-tracker: the staff directory lists its officers (GET /v1/officers)', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2026-06-10T12:00:00.000Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const create = (username: string, role: OfficerRole, displayName?: string) =>
    svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username, role, displayName, key: 'none' }));
  const leave = (officerId: string, startsAt: string, endsAt: string, cancelled = false) =>
    svc.app.get(DataSource).query(
      `INSERT INTO officer_leave (id, officer_id, starts_at, ends_at, recorded_by, recorded_at, cancelled_at) VALUES ($1, $2, $3, $4, 'test', $5, $6)`,
      [randomUUID(), officerId, startsAt, endsAt, clock.now(), cancelled ? clock.now() : null],
    );
  const list = (role: OfficerRole, staffId = 'whoever') => fetch(`${svc.url}/v1/officers`, { headers: { authorization: `Bearer ${staffToken({ staffId, role }, TEST_STAFF_TOKEN_SECRET, { now: clock.now() })}` } });

  it('given officers at work, away, back, cancelled and disabled, lists each by name with role, disabled and on leave now; for any role', async () => {
    const away = await create('away', 'CMO', 'Casey Morgan');
    const back = await create('back', 'CMO', 'Rowan Patel');
    const cancelled = await create('stayed', 'MANAGER', 'Jordan Lee');
    const later = await create('later', 'READ_ONLY', 'Sam Taylor');
    const gone = await create('gone', 'PROTOCOL_ADMIN');
    await svc.app.get(DataSource).query(`UPDATE officers SET disabled_at = $2 WHERE id = $1`, [gone.id, clock.now()]);
    await leave(away.id, '2026-06-08T00:00:00Z', '2026-06-15T00:00:00Z');
    await leave(back.id, '2026-06-01T00:00:00Z', '2026-06-10T12:00:00Z');
    await leave(cancelled.id, '2026-06-09T00:00:00Z', '2026-06-12T00:00:00Z', true);
    await leave(later.id, '2026-06-10T12:00:01Z', '2026-06-20T00:00:00Z');

    for (const role of ['READ_ONLY', 'CMO', 'MANAGER', 'PROTOCOL_ADMIN'] as const) {
      const res = await list(role, role === 'READ_ONLY' ? 'later' : role === 'CMO' ? 'away' : role === 'MANAGER' ? 'stayed' : 'back');
      expect({ role, status: res.status }).toEqual({ role, status: 200 });
      expect(await res.json()).toEqual([
        { username: 'away', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: true },
        { username: 'gone', displayName: 'gone', role: 'PROTOCOL_ADMIN', disabled: true, onLeaveNow: false },
        { username: 'stayed', displayName: 'Jordan Lee', role: 'MANAGER', disabled: false, onLeaveNow: false },
        { username: 'back', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: false },
        { username: 'later', displayName: 'Sam Taylor', role: 'READ_ONLY', disabled: false, onLeaveNow: false },
      ]);
    }
  });

  it('answers 401 without a key or token, or for a token of nobody in the directory', async () => {
    expect((await fetch(`${svc.url}/v1/officers`)).status).toBe(401);
    expect((await list('MANAGER', 'not-in-the-directory')).status).toBe(401);
  });
});
