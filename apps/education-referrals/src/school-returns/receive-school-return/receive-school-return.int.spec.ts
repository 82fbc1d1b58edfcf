import { call, fieldsOf, staffToken } from '@homeward/testing';
import { type EducationUnderTest, pupil, returns, startEducation } from '../../../test-support/education-under-test';
import { RegisterSchool } from '../../schools/register-school';
import { RevokeSchoolKey } from '../../schools/revoke-school-key';

jest.setTimeout(60_000);

const RIVERSIDE = '140123';
const OAKFIELD = '140456';

describe("education-referrals: a school's returns open, join and close a child's CME case", () => {
  let kit: EducationUnderTest;
  let riverside: string;
  let oakfield: string;

  beforeAll(async () => {
    kit = await startEducation();
    riverside = await kit.schoolKey(RIVERSIDE, 'Riverside Academy');
    oakfield = await kit.schoolKey(OAKFIELD, 'Oakfield Primary');
  });
  afterAll(() => kit?.close());
  beforeEach(() => kit.clock.set('2026-11-16T10:00:00Z'));

  const post = (kind: string, body: unknown, key = riverside) => call(`${kit.service.url}/v1/school-returns/${kind}`, { key, body });
  const tasksFor = async (reference: string) =>
    (await kit.outbox()).filter((e) => e.topic === 'education.cme-tasks-required.v1' && e.envelope.data.caseReference === reference).map((e) => e.envelope.data);
  const someone = (familyName: string) => pupil({ familyName, upn: undefined });

  it('given a deletion return for a pupil who moved away to no known school, opens a case with enquiries due in 10 school days, keyed without personal data; a repeat is recognised', async () => {
    const body = returns.deletion({ pupil: someone('Adeyemi') });
    const first = await post('deletions', body);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ id: expect.any(String), status: 'accepted', late: false, caseReference: expect.stringMatching(/^CME-2026-\d{6}$/) });
    const reference = first.body.caseReference as string;
    const [event] = (await kit.outbox()).filter((e) => e.envelope.data.caseReference === reference);
    expect(event.key).toMatch(/^[0-9a-f]{64}$/);
    expect(event.envelope.data).toEqual({
      caseId: expect.any(String),
      childKey: event.key,
      caseReference: reference,
      source: 'SCHOOL_DELETION_RETURN',
      // 17-20, 23-27 and 30 November: ten school days after Monday 16th.
      tasks: [{ type: 'CME_ENQUIRIES', dueAt: '2026-11-30T10:00:00.000Z' }],
      requestedAt: '2026-11-16T10:00:00.000Z',
    });
    expect(JSON.stringify(event.envelope)).not.toMatch(/Adeyemi|2013-09-14|Mill Lane|Sara/);

    const before = await kit.counts();
    const again = await post('deletions', body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await kit.counts()).toEqual(before);
  });

  it('given a deletion to a named destination school, keeps the return and opens no case', async () => {
    const answer = await post('deletions', returns.deletion({ pupil: someone('Brennan'), destinationSchool: { name: 'Oakfield Primary', urn: OAKFIELD, startDate: '2026-11-23' } }));
    expect(answer.status).toBe(202);
    expect(answer.body.caseReference).toBeUndefined();
    expect(await kit.query(`SELECT 1 FROM education.cme_cases WHERE pupil->>'familyName' = 'Brennan'`)).toHaveLength(0);
  });

  it("given a deletion return through to the new school's new-pupil return, closes the case as found on roll elsewhere with the school days missed", async () => {
    const opened = await post('deletions', returns.deletion({ pupil: someone('Cole'), deletionDate: '2026-11-20' }));
    kit.clock.set('2026-12-02T09:00:00Z');
    const admitted = await post('admissions', returns.admission({ pupil: someone('Cole'), admissionDate: '2026-12-01' }), oakfield);
    expect(admitted.status).toBe(202);
    expect(admitted.body.caseReference).toBe(opened.body.caseReference);
    const closed = (await kit.outbox()).find((e) => e.topic === 'education.cme-case-closed.v1' && e.envelope.data.caseReference === opened.body.caseReference);
    // 20 November, 23-27 November and 30 November: 7 school days off any school's roll.
    expect(closed?.envelope.data).toMatchObject({ outcome: 'ON_ROLL_ELSEWHERE', schoolDaysMissing: 7, closedAt: '2026-12-02T09:00:00.000Z' });
    const [row] = await kit.query<{ status: string }>(`SELECT status FROM education.cme_cases WHERE reference = $1`, [opened.body.caseReference]);
    expect(row.status).toBe('CLOSED');
  });

  it('given an absence notice that ran across half term, the enquiries fall due at the close of the 20th school day of absence, half term not counted', async () => {
    const answer = await post('absences', returns.absence({ pupil: someone('Dunn'), absenceStart: '2026-10-19', schoolDaysAbsent: 15 }));
    expect(answer.status).toBe(202);
    // 19-23 Oct (5), half term 26-30 Oct, 2-6 Nov (10), 9-13 (15), 16-20 (20).
    expect((await tasksFor(answer.body.caseReference as string))[0].tasks).toEqual([{ type: 'CME_ENQUIRIES', dueAt: '2026-11-20T17:00:00.000Z' }]);
  });

  it('given an absence notice and then a deletion return for the same child, keeps one case and asks for the enquiries once', async () => {
    const absence = await post('absences', returns.absence({ pupil: pupil({ familyName: 'Evans', upn: 'B123456789012' }) }));
    // The deletion's spelling differs; the UPN says it is the same pupil.
    const deletion = await post('deletions', returns.deletion({ pupil: pupil({ familyName: 'Evans-Jones', upn: 'B123456789012' }), ground: { regulation: '9', paragraph: '(1)(f)', reason: 'CONTINUOUS_ABSENCE_20_DAYS' }, absenceStart: '2026-11-02', deletionDate: '2026-11-30' }));
    expect(deletion.body.caseReference).toBe(absence.body.caseReference);
    expect(await tasksFor(absence.body.caseReference as string)).toHaveLength(1);
    expect(await kit.query(`SELECT 1 FROM education.cme_cases WHERE upn = 'B123456789012'`)).toHaveLength(1);
  });

  it("given a sickness notice, asks for the s19 consideration in 5 working days, apart from an absence case's enquiries", async () => {
    const absence = await post('absences', returns.absence({ pupil: someone('Fox') }));
    const sickness = await post('sickness', returns.sickness({ pupil: someone('Fox') }));
    expect(sickness.body.caseReference).toBe(absence.body.caseReference);
    const tasks = (await tasksFor(sickness.body.caseReference as string)).flatMap((d) => d.tasks as { type: string }[]);
    expect(tasks).toEqual([expect.objectContaining({ type: 'CME_ENQUIRIES' }), { type: 'CME_S19_CONSIDERATION', dueAt: '2026-11-23T10:00:00.000Z' }]);
  });

  it('given a deletion return sent after the deletion, takes it and says it is late', async () => {
    const answer = await post('deletions', returns.deletion({ pupil: someone('Gray'), deletionDate: '2026-11-13' }));
    expect(answer.status).toBe(202);
    expect(answer.body.late).toBe(true);
  });

  it('given the same returnId with a different body, answers 409 naming returnId and changes nothing', async () => {
    const body = returns.absence({ pupil: someone('Hart') });
    expect((await post('absences', body)).status).toBe(202);
    const before = await kit.counts();
    const answer = await post('absences', { ...body, schoolDaysAbsent: 12 });
    expect(answer.status).toBe(409);
    expect(fieldsOf(answer)).toEqual(['returnId']);
    expect(await kit.counts()).toEqual(before);
  });

  it("given no key, an unknown key, a revoked school's key or a police force's key, answers 401 and stores nothing", async () => {
    const revoked = await kit.service.app.get(RegisterSchool).execute({ urn: '140789', name: 'Closed School' });
    await kit.service.app.get(RevokeSchoolKey).execute({ id: revoked.id });
    const before = await kit.counts();
    for (const key of [undefined, `hws_${'A'.repeat(43)}`, revoked.key, `hwk_${'A'.repeat(43)}`]) {
      expect(await call(`${kit.service.url}/v1/school-returns/absences`, { key, body: returns.absence() })).toMatchObject({ status: 401 });
    }
    expect(await kit.counts()).toEqual(before);
  });

  const refusals: [string, string, Record<string, unknown>, string][] = [
    ['deletions', 'an unknown field', { shoeSize: 9 }, 'shoeSize'],
    ['deletions', 'no pupil', { pupil: undefined }, 'pupil'],
    ['deletions', 'an impossible date of birth', { pupil: pupil({ dateOfBirth: '2013-02-30' }) }, 'pupil.dateOfBirth'],
    ['deletions', 'a UPN that is not one', { pupil: pupil({ upn: '12345' }) }, 'pupil.upn'],
    ['deletions', 'an address without a postcode', { pupil: pupil({ address: { lines: ['12 Mill Lane'] } }) }, 'pupil.address.postcode'],
    ['deletions', 'no parents', { parents: [] }, 'parents'],
    ['deletions', 'no parent the pupil lives with', { parents: [{ name: 'Sara Khan', emergencyPhone: '07700 900123', livesWithPupil: false }] }, 'parents'],
    ['deletions', 'a parent without an emergency phone', { parents: [{ name: 'Sara Khan', livesWithPupil: true }] }, 'parents.0.emergencyPhone'],
    ['deletions', 'an unknown deletion reason', { ground: { regulation: '9', paragraph: '(1)(c)', reason: 'BORED' } }, 'ground.reason'],
    ['deletions', 'the 20-day ground without the absence start', { ground: { regulation: '9', paragraph: '(1)(f)', reason: 'CONTINUOUS_ABSENCE_20_DAYS' } }, 'absenceStart'],
    ['deletions', 'a deletion date that is not a date', { deletionDate: 'Friday' }, 'deletionDate'],
    ['admissions', 'an admission in the future', { admissionDate: '2026-11-30' }, 'admissionDate'],
    ['admissions', 'a previous school URN that is not six digits', { previousSchool: { name: 'Riverside', urn: '12' } }, 'previousSchool.urn'],
    ['absences', 'fewer than 10 school days', { schoolDaysAbsent: 9 }, 'schoolDaysAbsent'],
    ['absences', 'an attendance code that is not one', { attendanceCodes: ['unauthorised'] }, 'attendanceCodes'],
    ['absences', "a school enquiry with no date", { enquiries: [{ made: 'Phoned' }] }, 'enquiries.0.madeOn'],
    ['absences', 'an absence starting before birth', { absenceStart: '2010-01-04' }, 'absenceStart'],
    ['sickness', 'fewer than 15 school days', { schoolDaysMissed: 14 }, 'schoolDaysMissed'],
  ];
  const valid: Record<string, (o: Record<string, unknown>) => Record<string, unknown>> = { deletions: returns.deletion, admissions: returns.admission, absences: returns.absence, sickness: returns.sickness };

  it.each(refusals)('given a %s return with %s, answers 400 naming it and stores and publishes nothing', async (kind, _what, change, field) => {
    const before = await kit.counts();
    const answer = await post(kind, valid[kind](change));
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toContain(field);
    expect(await kit.counts()).toEqual(before);
  });

  it('given a body that is not JSON, answers 415 and stores nothing', async () => {
    const answer = await call(`${kit.service.url}/v1/school-returns/absences`, { key: riverside, raw: 'returnId=1', headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(415);
  });

  it("shows staff the open cases and one case with its returns, and records each view; a school's key cannot read them", async () => {
    const opened = await post('absences', returns.absence({ pupil: someone('Iqbal') }));
    const cmo = staffToken({ staffId: 'cmo.one', role: 'CMO' });
    const list = await call<Record<string, unknown>[]>(`${kit.service.url}/v1/cme-cases`, { headers: { authorization: `Bearer ${cmo}` } });
    expect(list.status).toBe(200);
    const summary = list.body.find((c) => c.reference === opened.body.caseReference);
    expect(summary).toMatchObject({ name: 'Amira Iqbal', source: 'SCHOOL_ABSENCE_NOTICE', status: 'OPEN', firstDayMissing: '2026-11-02' });
    const one = await call(`${kit.service.url}/v1/cme-cases/${summary?.id as string}`, { headers: { authorization: `Bearer ${cmo}` } });
    expect(one.status).toBe(200);
    expect(one.body.returns).toEqual([expect.objectContaining({ kind: 'ABSENCE', school: 'Riverside Academy', late: false })]);
    const views = await kit.query<{ n: number }>(`SELECT count(*)::int AS n FROM education.case_views WHERE case_id = $1 AND staff_id = 'cmo.one'`, [summary?.id]);
    expect(views[0].n).toBe(2);
    expect((await call(`${kit.service.url}/v1/cme-cases`, { key: riverside })).status).toBe(401);
  });
});
