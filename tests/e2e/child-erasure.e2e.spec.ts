import { jsonLines, Services } from '@homeward/testing';
import { Client } from 'pg';
import { BuiltStack, daysAgo, getJson, startBuiltStack, until } from './support/built-stack';

/**
 * Issue 16, "an erasure procedure removes one child's personal data from every service's schema":
 * through the built services, a child reported and found, then `npm run erase-child`; the record
 * reads "erased" with its episode, and from the event ingest-api's stored bodies are emptied,
 * compliance-tracker's tasks and alerting's alerts lose the police reference, and a school's
 * return about the child in education-referrals keeps only its dates and ground.
 */
describe("erasing one child's personal data", () => {
  let built: BuiltStack;
  let stack: Services;
  let db: Client;
  let apiKey: string;
  let cmo: string;
  let manager: string;
  let schoolKey: string;
  const eraseChild = (...args: string[]) => built.cli('protocol-engine', 'erase-child', ...args);
  const child = { givenName: 'Ottoline', familyName: 'Example-Erasure', dateOfBirth: '2011-08-23', localAuthorityId: 'NCC-E2E-0016' };

  beforeAll(async () => {
    built = await startBuiltStack();
    stack = built.stack;
    db = new Client({ connectionString: built.env.databaseUrl });
    await db.connect();
    apiKey = await built.ingestKey('--force', 'E2E-FORCE');
    cmo = await built.staffToken('e2e16-cmo', 'CMO');
    manager = await built.staffToken('e2e16-manager', 'MANAGER');
    const school = await built.cli('education-referrals', 'school-keys', 'create', '--urn', '140160', '--name', 'Erasure Academy');
    expect(school.code).toBe(0);
    schoolKey = (JSON.parse(school.stdout.trim().split('\n').pop() as string) as { key: string }).key;
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await built?.stop();
  });

  const notify = async (body: Record<string, unknown>): Promise<string> => {
    const res = await fetch(`${stack.url('ingest-api')}/v1/notifications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'MISSING_REPORTED', riskLevel: 'MEDIUM', careStatus: 'NOT_KNOWN', missingFrom: 'HOME', child, policeReference: 'E2E16/A1', ...body, notificationId: `E2E16-${body.type ?? 'MISSING_REPORTED'}` }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  };
  const get = <T>(url: string, bearer = cmo) => getJson<T>(url, bearer);
  /** Rows of compliance-tracker's tasks and alerting's alerts that still name the police reference. */
  const holding = async (reference: string) =>
    (await db.query(`SELECT (SELECT count(*) FROM compliance.tasks WHERE police_reference = $1) + (SELECT count(*) FROM alerting.alerts WHERE police_reference = $1) AS n`, [reference])).rows.map((r) => Number(r.n))[0];
  const bodies = async (ids: string[]) => (await db.query(`SELECT body::text AS body FROM ingest.notifications WHERE id = ANY($1)`, [ids])).rows.map((r) => r.body as string);

  it('erases the child in every service (protocol-engine, ingest-api, compliance-tracker, alerting, education-referrals), keeps the episode and its work counted, and audits it', async () => {
    const ingestIds = [
      await notify({ occurredAt: daysAgo(10), location: { postcode: 'NG5 1AB', description: 'Ottoline was seen at the canal' } }),
      await notify({ type: 'FOUND', occurredAt: daysAgo(10, 23), found: { returnedTo: 'Grandparent Example', safeAndWellCheckAt: daysAgo(9, 1) } }),
    ];
    const decisions = await until(() => get<{ childId: string }[]>(`${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E16%2FA1`), (d) => d.length === 2, 'both decisions');
    await until(() => holding('E2E16/A1'), (n) => n > 0, 'the return interview and its alerts');
    const childId = decisions[0].childId;
    expect((await bodies(ingestIds)).every((b) => b.includes('Ottoline'))).toBe(true);
    // The school took the child off roll to home education: no CME case, but the return names them.
    const { localAuthorityId: _la, ...pupil } = child;
    const deletion = await fetch(`${stack.url('education-referrals')}/v1/school-returns/deletions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${schoolKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        returnId: 'E2E16-DEL',
        pupil: { ...pupil, address: { lines: ['4 Canal Side', 'Nottingham'], postcode: 'NG5 1AB' } },
        parents: [{ name: 'Grandparent Example', emergencyPhone: '07700 900016', livesWithPupil: true }],
        ground: { regulation: '9', paragraph: '(1)(b)', reason: 'ELECTIVE_HOME_EDUCATION' },
        deletionDate: daysAgo(5).slice(0, 10),
      }),
    });
    expect(deletion.status).toBe(202);
    const returnBody = async () => (await db.query(`SELECT body::text AS body FROM education.school_returns WHERE return_id = 'E2E16-DEL'`)).rows[0].body as string;
    expect(await returnBody()).toContain('Ottoline');

    const erased = await eraseChild('--child', childId, '--requested-by', 'e2e16-manager', '--reason', 'DPO-E2E-16');
    const result = jsonLines(erased.stdout).find((l) => l.outcome);
    expect(result).toMatchObject({ outcome: 'ERASED', childId, requestedBy: 'e2e16-manager' });

    // Every service hears of it from protocol.child-erased.v1: ingest-api empties both bodies,
    // compliance-tracker and alerting erase the police reference from the child's tasks and alerts.
    await until(() => bodies(ingestIds), (b) => b.every((body) => body === '{}'), "ingest-api's bodies emptied");
    await until(() => holding('E2E16/A1'), (n) => n === 0, "the police reference gone from compliance-tracker's tasks and alerting's alerts");
    await until(returnBody, (b) => !/Ottoline|Example-Erasure|2011-08-23|Canal Side|Grandparent/.test(b), "the school's return erased in education-referrals");
    expect(JSON.parse(await returnBody())).toEqual({ returnId: 'E2E16-DEL', ground: expect.objectContaining({ reason: 'ELECTIVE_HOME_EDUCATION' }), deletionDate: expect.any(String) });
    expect(await db.query(`SELECT type FROM compliance.tasks WHERE child_id = $1 AND erased_at IS NOT NULL`, [childId])).toMatchObject({ rows: [{ type: 'RETURN_INTERVIEW' }] });
    expect((await db.query(`SELECT count(*)::int AS n FROM alerting.alerts WHERE child_id = $1 AND erased_at IS NOT NULL`, [childId])).rows[0].n).toBeGreaterThan(0);
    const record = await get<{ givenName: string | null; dateOfBirth: string | null; erasedAt: string | null; episodes: { policeReference: string; status: string; notifications: { location: unknown; found: { returnedTo: string | null } | null }[] }[] }>(
      `${stack.url('protocol-engine')}/v1/children/${childId}`,
    );
    expect(record).toMatchObject({ givenName: null, dateOfBirth: null, erasedAt: expect.any(String) });
    expect(record.episodes).toEqual([expect.objectContaining({ policeReference: 'E2E16/A1', status: 'FOUND' })]);
    expect(JSON.stringify(record)).not.toMatch(/Ottoline|Example-Erasure|2011-08-23|NCC-E2E-0016|NG5 1AB|Grandparent/);
    const audit = await get<{ erasureId: string; reason: string }[]>(`${stack.url('protocol-engine')}/v1/child-erasures`, manager);
    expect(audit).toEqual([expect.objectContaining({ erasureId: result?.erasureId, childId, reason: 'DPO-E2E-16' })]);

    // Again: said plainly, nothing published.
    const again = await eraseChild('--child', childId, '--requested-by', 'e2e16-manager', '--reason', 'DPO-E2E-16');
    expect(again.stderr).toMatch(`child ${childId} was already erased`);
    expect(Number((await db.query(`SELECT count(*) AS n FROM protocol.outbox WHERE topic = 'protocol.child-erased.v1'`)).rows[0].n)).toBe(1);
  }, 120_000);
});
