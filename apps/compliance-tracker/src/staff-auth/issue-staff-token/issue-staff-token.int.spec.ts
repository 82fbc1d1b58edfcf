import { Clock } from '@homeward/contracts';
import { loadConfig, STAFF_TOKEN_AUDIENCE, STAFF_TOKEN_ISSUER, StaffTokens } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TEST_STAFF_TOKEN_SECRET, TestEnvironment } from '@homeward/testing';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { CreateOfficer, CreateOfficerCommand } from '../create-officer';
import { newOfficer } from '../../../test-support/compliance-test-fixtures';

const NOW = '2026-06-01T09:00:00.000Z';

describe('compliance-tracker: the staff directory exchanges an officer key for a staff token', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock(NOW);

  beforeAll(async () => {
    env = await createTestEnvironment({ STAFF_TOKEN_TTL_SECONDS: '900' });
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const exchange = (authorization?: string) => fetch(`${svc.url}/v1/staff/token`, { method: 'POST', headers: authorization ? { authorization } : {} });

  it.each(['CMO', 'MANAGER', 'READ_ONLY'] as const)('given a valid %s key, answers a token naming the officer and role, good for STAFF_TOKEN_TTL_SECONDS', async (role) => {
    const officer = await newOfficer(svc.app, role);
    const res = await exchange(officer.auth);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; expiresAt: string; officer: unknown };
    expect(body).toEqual({ token: expect.any(String), expiresAt: '2026-06-01T09:15:00.000Z', officer: { username: officer.username, role } });

    const tokens = new StaffTokens(TEST_STAFF_TOKEN_SECRET);
    expect(tokens.verify(body.token, clock.now())).toEqual({ staffId: officer.username, role });
    expect(new JwtService().decode(body.token)).toMatchObject({ sub: officer.username, role, iss: STAFF_TOKEN_ISSUER, aud: STAFF_TOKEN_AUDIENCE });
    expect(() => tokens.verify(body.token, new Date('2026-06-01T09:15:00.000Z'))).toThrow('expired');
  });

  it('given no key, an unknown key, a revoked key or a key replaced by a new one, answers 401 and no token', async () => {
    const revoked = await newOfficer(svc.app, 'CMO');
    await svc.app.get(DataSource).query(`UPDATE officers SET disabled_at = now() WHERE id = $1`, [revoked.id]);
    const replaced = await newOfficer(svc.app, 'MANAGER');
    // Issuing the same username a new key is how a lost key is replaced: the old one stops working.
    await svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username: replaced.username, role: 'MANAGER' }));
    const refused = {
      none: undefined,
      unknown: 'Bearer hwo_nobody_has_this_key_0123456789',
      revoked: revoked.auth,
      replaced: replaced.auth,
      notAKey: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x',
    };
    for (const [kind, authorization] of Object.entries(refused)) {
      const res = await exchange(authorization);
      expect({ kind, status: res.status, body: await res.json() }).toEqual({
        kind,
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'a valid officer key is required: Authorization: Bearer <key>' },
      });
    }
  });

  it('refuses to start without a STAFF_TOKEN_SECRET of at least 32 characters, naming the variable', () => {
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, STAFF_TOKEN_SECRET: undefined })).toThrow(/STAFF_TOKEN_SECRET/);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...env.env, STAFF_TOKEN_SECRET: 'x'.repeat(31) })).toThrow(/STAFF_TOKEN_SECRET must be longer than or equal to 32/);
  });
});
