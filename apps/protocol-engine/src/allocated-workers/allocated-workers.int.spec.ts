import type { StaffRole } from '@homeward/platform';
import { staffToken } from '@homeward/testing';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}`, 'content-type': 'application/json' });
const CMO = as('CMO', 'casey.morgan');

describe("protocol-engine: staff record a child's allocated worker, and decisions name them", () => {
  let engine: Engine;
  let childId: string;

  beforeAll(async () => {
    engine = await startEngine();
    const n = notification({ child: aChild() });
    await engine.publish(n);
    await engine.waitForDecisions(n.policeReference, 1);
    childId = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [n.policeReference])).rows[0].child_id;
  });
  afterAll(async () => engine?.close());

  const put = (id: string, body: unknown, headers: Record<string, string> = CMO) =>
    fetch(`${engine.svc.url}/v1/children/${id}/allocated-worker`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const history = async () =>
    (await engine.db.query(`SELECT staff_id, previous_staff_id, recorded_by FROM allocated_worker_history WHERE child_id = $1 ORDER BY id`, [childId])).rows;

  it('given bad input, answers 400 naming the field (404 for no such child, 403 for READ_ONLY) and stores nothing', async () => {
    const problems = async (res: Response) => ({ status: res.status, fields: ((await res.json()) as { problems?: { field: string }[] }).problems?.map((p) => p.field) });
    expect(await problems(await put(childId, { staffId: 'two words' }))).toEqual({ status: 400, fields: ['staffId'] });
    expect(await problems(await put(childId, {}))).toEqual({ status: 400, fields: ['staffId'] });
    expect(await problems(await put('not-a-uuid', { staffId: 'j.smith' }))).toEqual({ status: 400, fields: ['id'] });
    expect((await put('00000000-0000-4000-8000-00000000dead', { staffId: 'j.smith' })).status).toBe(404);
    expect((await put(childId, { staffId: 'j.smith' }, as('READ_ONLY', 'sam.taylor'))).status).toBe(403);
    expect(await history()).toEqual([]);
  });

  it('given a CMO records the worker and a manager changes it, each change is audited, the record shows the worker, and the next decision names them', async () => {
    expect((await put(childId, { staffId: 'j.smith' })).status).toBe(200);
    const changed = await put(childId, { staffId: 'r.patel' }, as('MANAGER', 'jordan.lee'));
    expect(await changed.json()).toMatchObject({ childId, staffId: 'r.patel', previousStaffId: 'j.smith', recordedBy: 'jordan.lee' });
    expect(await history()).toEqual([
      { staff_id: 'j.smith', previous_staff_id: null, recorded_by: 'casey.morgan' },
      { staff_id: 'r.patel', previous_staff_id: 'j.smith', recorded_by: 'jordan.lee' },
    ]);
    const record = (await (await fetch(`${engine.svc.url}/v1/children/${childId}`, { headers: CMO })).json()) as { allocatedWorker: string | null };
    expect(record.allocatedWorker).toBe('r.patel');

    const child = (await engine.db.query(`SELECT given_name, family_name, date_of_birth::text AS dob, local_authority_id FROM children WHERE id = $1`, [childId])).rows[0];
    const next = notification({ child: { givenName: child.given_name, familyName: child.family_name, dateOfBirth: child.dob, localAuthorityId: child.local_authority_id } });
    await engine.publish(next);
    const [decision] = await engine.waitForDecisions(next.policeReference, 1);
    const event = (await engine.db.query(`SELECT payload->'data' AS data FROM outbox WHERE aggregate_id = $1`, [decision.id])).rows[0].data;
    expect(event.allocatedWorker).toBe('r.patel');
  });

  it('given the worker is cleared (null), the record and later decisions have none, and the clearing is audited', async () => {
    expect((await put(childId, { staffId: null })).status).toBe(200);
    expect((await history()).at(-1)).toEqual({ staff_id: null, previous_staff_id: 'r.patel', recorded_by: 'casey.morgan' });
    const record = (await (await fetch(`${engine.svc.url}/v1/children/${childId}`, { headers: CMO })).json()) as { allocatedWorker: string | null };
    expect(record.allocatedWorker).toBeNull();
  });
});
