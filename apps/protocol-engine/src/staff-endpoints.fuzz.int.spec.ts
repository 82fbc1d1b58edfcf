import { StaffRoles } from '@homeward/platform';
import { fuzzOpenApi, fuzzSummary, staffToken, tableCounts } from '@homeward/testing';
import { ADMIN_KEY, Engine, notification, startEngine } from './testing/engine-test-kit';

// Hundreds of requests: under the whole suite on two cores a run can take minutes, and only a finding fails it.
jest.setTimeout(300_000);

describe('protocol-engine: malformed requests to every staff endpoint', () => {
  let engine: Engine;
  const tokens: Record<string, string> = {
    ...Object.fromEntries(StaffRoles.map((role) => [role, `Bearer ${staffToken({ staffId: `fuzz.${role.toLowerCase()}`, role })}`])),
    'admin key': `Bearer ${ADMIN_KEY}`,
  };
  const pathIds: Record<string, string[]> = {};

  beforeAll(async () => {
    engine = await startEngine();
    const n = notification();
    await engine.publish(n);
    const [decision] = await engine.waitForDecisions(n.policeReference, 1);
    const child = (await engine.db.query<{ child_id: string }>(`SELECT child_id FROM decisions WHERE id = $1`, [decision.id])).rows[0];
    const versions = (await engine.db.query<{ id: string }>(`SELECT id FROM protocol_versions LIMIT 1`)).rows;
    // Real records, so a body that passes its DTO reaches the use case instead of a 404.
    Object.assign(pathIds, { id: [child.child_id, decision.id, ...versions.map((v) => v.id)], list: ['cse', 'persistent'] });
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('given a few hundred malformed requests as each role, then each is a 4xx and no table changes', async () => {
    const before = await tableCounts(engine.env.databaseUrl, 'protocol');
    const report = await fuzzOpenApi({
      baseUrl: engine.svc.url,
      tokens,
      pathIds,
      bodies: {
        'POST /v1/protocol/what-if': { profile: pathIds.id[2], from: '2025-01-01T00:00:00Z', to: '2025-01-31T00:00:00Z' },
        'POST /v1/protocol/versions/{id}/activate': { effectiveFrom: '2027-01-01T00:00:00Z' },
      },
      casesPerOperation: 16,
      seed: 20260602,
    });
    process.stdout.write(`${fuzzSummary('protocol-engine', report)}\n`);
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThan(250);
    expect(await tableCounts(engine.env.databaseUrl, 'protocol')).toEqual(before);
  });
});
