import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import type { StaffRole } from '@homeward/platform';
import { staffToken } from '@homeward/testing';
import { ADMIN, Engine, startEngine } from '../testing/engine-test-kit';

const tokenOf = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}`, 'content-type': 'application/json' });
const PROTOCOL_ADMIN = tokenOf('PROTOCOL_ADMIN', 'pat.quinn');

const draft = (version: string): ProtocolProfile => ({ ...(structuredClone(DEFAULT_PROFILE) as ProtocolProfile), version });

describe('protocol-engine: protocol administrators sign in as staff', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  const call = (method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${engine.svc.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const whatIf = { profile: draft('what-if-by-token'), from: '2025-01-01T00:00:00Z', to: '2025-01-31T00:00:00Z' };

  it('given a PROTOCOL_ADMIN token, runs a what-if and creates a draft the audit trail names them for', async () => {
    const ran = await call('POST', '/v1/protocol/what-if', PROTOCOL_ADMIN, whatIf);
    expect(ran.status).toBe(200);
    expect(await ran.json()).toMatchObject({ notificationsReplayed: 0, differences: [] });

    const created = await call('POST', '/v1/protocol/versions', PROTOCOL_ADMIN, { profile: draft('by-pat') });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ version: 'by-pat', status: 'DRAFT', createdBy: 'pat.quinn' });
  });

  it('given a MANAGER token, lists the versions but may not create one or run a what-if', async () => {
    const manager = tokenOf('MANAGER', 'jordan.lee');
    const listed = await call('GET', '/v1/protocol/versions', manager);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { version: string }[]).map((v) => v.version)).toContain('nscb-default-2');

    const created = await call('POST', '/v1/protocol/versions', manager, { profile: draft('by-manager') });
    expect({ status: created.status, body: await created.json() }).toEqual({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', message: 'role MANAGER may not do this; needs PROTOCOL_ADMIN' },
    });
    expect((await call('POST', '/v1/protocol/what-if', manager, whatIf)).status).toBe(403);
    expect((await engine.db.query(`SELECT 1 FROM protocol_versions WHERE version = 'by-manager'`)).rowCount).toBe(0);
  });

  it('given a CMO or READ_ONLY token, may not list versions or run a what-if; given no key or token, 401; the admin keys still work', async () => {
    for (const [role, staffId] of [['CMO', 'casey.morgan'], ['READ_ONLY', 'sam.taylor']] as const) {
      expect({ role, status: (await call('GET', '/v1/protocol/versions', tokenOf(role, staffId))).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await call('POST', '/v1/protocol/what-if', tokenOf(role, staffId), whatIf)).status }).toEqual({ role, status: 403 });
    }
    const anonymous = await call('POST', '/v1/protocol/what-if', { 'content-type': 'application/json' }, whatIf);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { message: string }).message).toContain('an admin key or a staff token');
    expect((await call('GET', '/v1/protocol/versions', { authorization: 'Bearer not.a.token' })).status).toBe(401);
    expect((await call('POST', '/v1/protocol/what-if', ADMIN, whatIf)).status).toBe(200);
  });
});
