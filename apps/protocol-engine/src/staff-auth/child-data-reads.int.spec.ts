import { staffToken } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const bearer = (staffId: string, role: 'CMO' | 'MANAGER' | 'READ_ONLY') => ({ authorization: `Bearer ${staffToken({ staffId, role })}` });
const READER = bearer('sam.taylor', 'READ_ONLY');
const MANAGER = bearer('jordan.lee', 'MANAGER');
const CMO = bearer('casey.morgan', 'CMO');

/** What stays open to anyone who reaches the port: it must carry nothing about a child. */
const OPEN = ['/health/live', '/health/ready', '/metrics', '/docs', '/docs/openapi.json'];

describe("protocol-engine: every read of a child's data is a staff member's, and recorded", () => {
  let engine: Engine;
  const child = { ...aChild(), givenName: 'Zebedee', familyName: 'Quillfeather', dateOfBirth: '2011-02-03' };
  const missing = notification({ child, riskLevel: 'HIGH', vulnerabilities: ['CSE'], location: { postcode: 'NG9 9ZZ', description: 'Last seen at the canal' } });
  let childId: string;
  let decisionId: string;

  beforeAll(async () => {
    engine = await startEngine();
    await engine.publish(missing);
    [{ id: decisionId }] = await engine.waitForDecisions(missing.policeReference, 1);
    childId = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [missing.policeReference])).rows[0].child_id;
  });
  afterAll(async () => engine?.close());

  const call = (method: string, path: string, headers: Record<string, string> = {}) =>
    fetch(`${engine.svc.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'GET' ? undefined : '{}' });
  const viewsOf = async (id: string) =>
    (await engine.db.query(`SELECT staff_id, purpose FROM child_record_views WHERE child_id = $1 ORDER BY purpose, staff_id`, [id])).rows;

  it('given no credential, every documented route but health, metrics and the docs answers 401 and records no view', async () => {
    const document = (await (await call('GET', '/docs/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
    const guarded = routes.filter((r) => !OPEN.some((open) => r.path.startsWith(open)));
    // The two reads this finding was about are among them.
    expect(guarded).toEqual(expect.arrayContaining([{ method: 'GET', path: '/v1/decisions' }, { method: 'GET', path: '/v1/children/{id}/episodes' }]));
    const answers = [];
    for (const { method, path } of guarded) {
      const url = path.replace('{id}', childId).replace('{list}', 'cse-meeting').replace(/\{[^}]+\}/g, randomUUID());
      const query = path === '/v1/decisions' ? `?policeReference=${encodeURIComponent(missing.policeReference)}` : '';
      answers.push({ method, path, status: (await call(method, url + query)).status });
    }
    expect(answers).toEqual(guarded.map((r) => ({ ...r, status: 401 })));
    expect(await viewsOf(childId)).toEqual([]);
  });

  it("given staff read an episode's decisions, one decision and the child's episodes, each read is recorded and a manager sees who looked", async () => {
    const decisions = await call('GET', `/v1/decisions?policeReference=${encodeURIComponent(missing.policeReference)}`, READER);
    expect(decisions.status).toBe(200);
    expect(await decisions.json()).toEqual([expect.objectContaining({ id: decisionId, childId })]);
    expect((await call('GET', `/v1/decisions/${decisionId}`, CMO)).status).toBe(200);
    const episodes = await call('GET', `/v1/children/${childId}/episodes`, READER);
    expect(episodes.status).toBe(200);
    expect(await episodes.json()).toEqual([expect.objectContaining({ policeReference: missing.policeReference, riskLevel: 'HIGH', vulnerabilities: ['CSE'] })]);

    expect(await viewsOf(childId)).toEqual([
      { staff_id: 'casey.morgan', purpose: 'DECISIONS' },
      { staff_id: 'sam.taylor', purpose: 'DECISIONS' },
      { staff_id: 'sam.taylor', purpose: 'EPISODES' },
    ]);
    // Who looked at this child is for a manager to ask.
    expect((await call('GET', `/v1/children/${childId}/views`, CMO)).status).toBe(403);
    const views = await call('GET', `/v1/children/${childId}/views`, MANAGER);
    expect(views.status).toBe(200);
    expect(((await views.json()) as { staffId: string; purpose: string }[]).map((v) => `${v.staffId} ${v.purpose}`).sort()).toEqual([
      'casey.morgan DECISIONS',
      'sam.taylor DECISIONS',
      'sam.taylor EPISODES',
    ]);
  });

  it("given the open routes, none carries the child's name, date of birth, reference, postcode or id", async () => {
    const personal = [child.givenName, child.familyName, child.dateOfBirth, child.localAuthorityId, missing.policeReference, 'NG9 9ZZ', 'canal', childId];
    for (const path of OPEN) {
      const res = await call('GET', path);
      expect({ path, status: res.status < 500 }).toEqual({ path, status: true });
      const body = await res.text();
      expect({ path, found: personal.filter((p) => p && body.includes(p)) }).toEqual({ path, found: [] });
    }
  });
});
