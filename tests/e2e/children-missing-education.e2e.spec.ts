import { waitFor } from '@homeward/testing';
import { readFileSync } from 'node:fs';
import { BuiltStack, daysAgo, getJson, startBuiltStack } from './support/built-stack';

jest.setTimeout(180_000);

/**
 * Children missing education through the built services: a school's key made with the ops CLI,
 * a school's absence notice opening a CME case, and the same child known to a missing episode
 * recognised as one child across both halves.
 */
describe('children missing education, through the built services', () => {
  let built: BuiltStack;
  let schoolKey: string;
  let forceKey: string;
  let cmo: string;

  beforeAll(async () => {
    built = await startBuiltStack();
    const created = await built.cli('education-referrals', 'school-keys', 'create', '--urn', '140123', '--name', 'Riverside Academy');
    expect(created.code).toBe(0);
    schoolKey = (JSON.parse(created.stdout.trim().split('\n').pop() as string) as { key: string }).key;
    forceKey = await built.ingestKey('--force', 'E2E-FORCE');
    cmo = await built.staffToken('e2e-cmo', 'CMO');
  }, 180_000);

  afterAll(() => built?.stop());

  const url = (app: Parameters<BuiltStack['stack']['url']>[0], path: string) => `${built.stack.url(app)}${path}`;
  const postJson = (target: string, key: string, body: unknown) => fetch(target, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const child = { givenName: 'Tariq', familyName: "O'Brien", dateOfBirth: '2012-02-29' };

  it('given a school key from the CLI, its absence notice opens a CME case; the school key is listed and a revoked one is refused', async () => {
    const answer = await postJson(url('education-referrals', '/v1/school-returns/absences'), schoolKey, {
      returnId: 'E2E-ABS-1',
      pupil: { ...child, upn: 'E123456789012', address: { lines: ['3 Canal Street'], postcode: 'NG1 7HB' } },
      parents: [{ name: "Nadia O'Brien", emergencyPhone: '07700 900456', livesWithPupil: true }],
      absenceStart: daysAgo(20).slice(0, 10),
      schoolDaysAbsent: 12,
      attendanceCodes: ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
      enquiries: [],
    });
    expect(answer.status).toBe(202);
    expect(((await answer.json()) as { caseReference: string }).caseReference).toMatch(/^CME-\d{4}-\d{6}$/);

    const listed = await built.cli('education-referrals', 'school-keys', 'list', '--urn', '140123');
    const [key] = listed.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; school: string; revokedAt: string | null });
    expect(key).toMatchObject({ school: 'Riverside Academy', revokedAt: null });
    expect(listed.stdout).not.toContain(schoolKey);
    const spare = await built.cli('education-referrals', 'school-keys', 'create', '--urn', '140123', '--name', 'Riverside Academy');
    const spareKey = (JSON.parse(spare.stdout.trim()) as { id: string; key: string });
    expect((await built.cli('education-referrals', 'school-keys', 'revoke', '--id', spareKey.id)).code).toBe(0);
    expect((await postJson(url('education-referrals', '/v1/school-returns/absences'), spareKey.key, {})).status).toBe(401);
  });

  it('given the same child reported missing by the police, their record and the CME case are found as one child', async () => {
    const reported = await postJson(url('ingest-api', '/v1/notifications'), forceKey, {
      notificationId: 'E2E-CME-1-missing',
      type: 'MISSING_REPORTED',
      policeReference: 'E2E/CME/1',
      occurredAt: daysAgo(2),
      child,
      riskLevel: 'MEDIUM',
      careStatus: 'NOT_KNOWN',
      missingFrom: 'HOME',
    });
    expect(reported.status).toBe(202);
    // The police reference finds the child first in a search.
    const [found] = await waitFor(
      async () => {
        const children = await getJson<{ id: string }[]>(url('protocol-engine', '/v1/children/search?q=E2E%2FCME%2F1'), cmo);
        return children.length > 0 ? children : undefined;
      },
      { timeoutMs: 30_000, description: 'the child in protocol-engine' },
    );
    const record = await getJson<{ educationKey: string }>(url('protocol-engine', `/v1/children/${found.id}`), cmo);
    expect(record.educationKey).toMatch(/^[0-9a-f]{64}$/);
    const cases = await getJson<{ reference: string; name: string; status: string }[]>(url('education-referrals', `/v1/cme-cases?childKey=${record.educationKey}`), cmo);
    expect(cases).toEqual([expect.objectContaining({ name: "Tariq O'Brien", status: 'OPEN' })]);
  });

  it("puts the school's referral in the CMO's one queue as an open CME task, and a new-pupil return from another school closes it", async () => {
    const opened = await postJson(url('education-referrals', '/v1/school-returns/absences'), schoolKey, {
      returnId: 'E2E-ABS-2',
      pupil: { givenName: 'Maya', familyName: 'Lindqvist', dateOfBirth: '2014-06-30', address: { lines: ['9 Lace Market'], postcode: 'NG1 1PB' } },
      parents: [{ name: 'Eva Lindqvist', emergencyPhone: '07700 900789', livesWithPupil: true }],
      absenceStart: daysAgo(16).slice(0, 10),
      schoolDaysAbsent: 10,
      attendanceCodes: ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
      enquiries: [],
    });
    const { caseReference } = (await opened.json()) as { caseReference: string };
    type Page = { items: { id: string; type: string; status: string; subject: { kind: string; caseReference?: string } }[] };
    const queued = await waitFor(
      async () => {
        const page = await getJson<Page>(url('compliance-tracker', '/v1/tasks?subject=CME_CASE&pageSize=100'), cmo);
        return page.items.find((t) => t.subject.caseReference === caseReference);
      },
      { timeoutMs: 30_000, description: 'the CME task in the queue' },
    );
    expect(queued).toMatchObject({ type: 'CME_ENQUIRIES', status: 'OPEN', subject: { kind: 'CME_CASE', caseReference } });

    const other = await built.cli('education-referrals', 'school-keys', 'create', '--urn', '140456', '--name', 'Oakfield Primary');
    const otherKey = (JSON.parse(other.stdout.trim()) as { key: string }).key;
    const admitted = await postJson(url('education-referrals', '/v1/school-returns/admissions'), otherKey, {
      returnId: 'E2E-ADM-1',
      pupil: { givenName: 'Maya', familyName: 'Lindqvist', dateOfBirth: '2014-06-30', address: { lines: ['9 Lace Market'], postcode: 'NG1 1PB' } },
      parents: [{ name: 'Eva Lindqvist', emergencyPhone: '07700 900789', livesWithPupil: true }],
      admissionDate: daysAgo(1).slice(0, 10),
    });
    expect(admitted.status).toBe(202);
    const closed = await waitFor(
      async () => {
        const task = await getJson<{ status: string }>(url('compliance-tracker', `/v1/tasks/${queued.id}`), cmo);
        return task.status === 'COMPLETED' ? task : undefined;
      },
      { timeoutMs: 30_000, description: 'the CME task closed with its case' },
    );
    expect(closed.status).toBe('COMPLETED');
  });

  it("keeps the pupil's name, date of birth, address and parent out of every service's log", () => {
    for (const handle of Object.values(built.stack.services)) {
      const log = readFileSync(handle?.logFile as string, 'utf8');
      expect({ service: handle?.name, found: ['Tariq', "O'Brien", '2012-02-29', 'Canal Street', 'NG1 7HB', 'Nadia', '07700 900456', 'Lindqvist', 'Lace Market', '2014-06-30'].filter((text) => log.includes(text)) }).toEqual({ service: handle?.name, found: [] });
    }
  });
});
