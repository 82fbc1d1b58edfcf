import { call, fieldsOf, staffToken } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { ReasonableEnquiries } from '../cme-rules';
import { type EducationUnderTest, parents, pupil, returns, startEducation } from '../../test-support/education-under-test';

jest.setTimeout(60_000);

describe("education-referrals: the CMO's casework on a CME case, from enquiries to an outcome", () => {
  let kit: EducationUnderTest;
  let school: string;
  const cmo = `Bearer ${staffToken({ staffId: 'cmo.one', role: 'CMO' })}`;
  const reader = `Bearer ${staffToken({ staffId: 'reader.one', role: 'READ_ONLY' })}`;

  beforeAll(async () => {
    kit = await startEducation();
    school = await kit.schoolKey('140123', 'Riverside Academy');
  });
  afterAll(() => kit?.close());
  beforeEach(() => kit.clock.set('2026-11-16T10:00:00Z'));

  const asStaff = <T = Record<string, unknown>>(path: string, body?: unknown, authorization = cmo) => call<T>(`${kit.service.url}${path}`, { body, headers: { authorization } });
  const caseIdOf = async (reference: string) => (await kit.query<{ id: string }>(`SELECT id FROM education.cme_cases WHERE reference = $1`, [reference]))[0].id;
  const openCase = async (familyName: string) => {
    const answer = await call(`${kit.service.url}/v1/school-returns/absences`, { key: school, body: returns.absence({ pupil: pupil({ familyName, upn: undefined }) }) });
    return caseIdOf(answer.body.caseReference as string);
  };
  const recordEnquiries = async (caseId: string, enquiries: readonly string[]) => {
    for (const enquiry of enquiries) expect((await asStaff(`/v1/cme-cases/${caseId}/enquiries`, { enquiry, madeOn: kit.clock.now().toISOString().slice(0, 10), result: 'NOT_FOUND' })).status).toBe(201);
  };

  it('given an absence reaching the 20-day point with enquiries incomplete, tells the school "not yet" and what is missing; once every enquiry is recorded, the same return is answered "may delete"', async () => {
    const child = pupil({ familyName: 'Okafor', upn: 'C123456789012' });
    await call(`${kit.service.url}/v1/school-returns/absences`, { key: school, body: returns.absence({ pupil: child }) });
    kit.clock.set('2026-11-30T09:00:00Z');
    const deletion = returns.deletion({ pupil: child, ground: { regulation: '9', paragraph: '(1)(f)', reason: 'CONTINUOUS_ABSENCE_20_DAYS' }, absenceStart: '2026-11-02', deletionDate: '2026-12-01' });
    const first = await call(`${kit.service.url}/v1/school-returns/deletions`, { key: school, body: deletion });
    expect(first.status).toBe(202);
    // 2-6, 9-13, 16-20, 23-27 November: the 20th school day is the 27th, so only the enquiries are missing.
    expect(first.body.deletion).toEqual({ mayDelete: false, twentiethSchoolDay: '2026-11-27', schoolDaysAbsent: 21, stillMissing: expect.arrayContaining(['Health has not been asked', 'no home visit has been made']) });
    expect((first.body.deletion as { stillMissing: string[] }).stillMissing).toHaveLength(ReasonableEnquiries.length);

    const caseId = await caseIdOf(first.body.caseReference as string);
    await recordEnquiries(caseId, ReasonableEnquiries.slice(0, -1));
    const record = await asStaff(`/v1/cme-cases/${caseId}`);
    expect(record.body.enquiriesNotMade).toEqual(['HOME_VISIT']);
    expect(record.body.deletion).toMatchObject({ mayDelete: false, stillMissing: ['no home visit has been made'] });

    await recordEnquiries(caseId, ['HOME_VISIT']);
    const again = await call(`${kit.service.url}/v1/school-returns/deletions`, { key: school, body: deletion });
    expect(again.status).toBe(200);
    expect(again.body.deletion).toEqual({ mayDelete: true, twentiethSchoolDay: '2026-11-27', schoolDaysAbsent: 21, stillMissing: [] });
  });

  it('given a deletion return and enquiries, the CMO records "found on roll elsewhere": the case closes with the school days missed and the queue is told', async () => {
    const opened = await call(`${kit.service.url}/v1/school-returns/deletions`, { key: school, body: returns.deletion({ pupil: pupil({ familyName: 'Novak', upn: undefined }), deletionDate: '2026-11-16' }) });
    const caseId = await caseIdOf(opened.body.caseReference as string);
    await recordEnquiries(caseId, ['SCHOOL_AND_CENSUS', 'OTHER_LOCAL_AUTHORITY']);
    kit.clock.set('2026-11-25T15:00:00Z');
    const outcome = await asStaff(`/v1/cme-cases/${caseId}/outcome`, { outcome: 'ON_ROLL_ELSEWHERE', resolvedOn: '2026-11-24', school: { name: 'Hillside School', urn: '123987' }, schoolInArea: false });
    // 16-20 and 23 November.
    expect(outcome).toMatchObject({ status: 200, body: { reference: opened.body.caseReference, schoolDaysMissing: 6 } });
    const closed = (await kit.outbox()).find((e) => e.topic === 'education.cme-case-closed.v1' && e.envelope.data.caseId === caseId);
    expect(closed?.envelope.data).toMatchObject({ outcome: 'ON_ROLL_ELSEWHERE', schoolDaysMissing: 6 });
    expect((await asStaff(`/v1/cme-cases/${caseId}`)).body).toMatchObject({ status: 'CLOSED', resolvedOn: '2026-11-24', outcomeDetails: { school: { name: 'Hillside School', urn: '123987' }, schoolInArea: false } });
    expect((await asStaff(`/v1/cme-cases/${caseId}/enquiries`, { enquiry: 'POLICE', madeOn: '2026-11-25', result: 'NOT_FOUND' })).status).toBe(409);
    expect((await asStaff(`/v1/cme-cases/${caseId}/outcome`, { outcome: 'ELECTIVE_HOME_EDUCATION', resolvedOn: '2026-11-24' })).status).toBe(409);
  });

  it('given "whereabouts unknown" before every enquiry, refuses it naming what is missing; after them, records the lost pupil with the CTF upload date', async () => {
    const caseId = await openCase('Ivanova');
    const early = await asStaff(`/v1/cme-cases/${caseId}/outcome`, { outcome: 'WHEREABOUTS_UNKNOWN', resolvedOn: '2026-11-16', ctfUploadedOn: '2026-11-16' });
    expect(early.status).toBe(400);
    expect(fieldsOf(early)).toEqual(['outcome']);
    expect(JSON.stringify(early.body)).toContain('DWP and HMRC have not been asked');
    await recordEnquiries(caseId, ReasonableEnquiries);
    const lost = await asStaff(`/v1/cme-cases/${caseId}/outcome`, { outcome: 'WHEREABOUTS_UNKNOWN', resolvedOn: '2026-11-16', ctfUploadedOn: '2026-11-16' });
    expect(lost.status).toBe(200);
    const lostPupils = await asStaff<Record<string, unknown>[]>(`/v1/cme-cases?outcome=WHEREABOUTS_UNKNOWN`);
    expect(lostPupils.body.map((c) => c.id)).toContain(caseId);
    expect((await asStaff(`/v1/cme-cases/${caseId}`)).body.outcomeDetails).toMatchObject({ ctfUploadedOn: '2026-11-16', recordedBy: 'cmo.one' });
  });

  it("given an outcome without what it rests on, or an enquiry dated tomorrow, answers 400 naming the field and changes nothing; a reader may look but not record", async () => {
    const caseId = await openCase('Schmidt');
    const before = await kit.counts();
    expect(fieldsOf(await asStaff(`/v1/cme-cases/${caseId}/outcome`, { outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-16' }))).toEqual(['authority']);
    expect(fieldsOf(await asStaff(`/v1/cme-cases/${caseId}/enquiries`, { enquiry: 'HEALTH', madeOn: '2026-11-17', result: 'NOT_FOUND' }))).toEqual(['madeOn']);
    expect(fieldsOf(await asStaff(`/v1/cme-cases/${caseId}/enquiries`, { enquiry: 'ASTROLOGY', madeOn: '2026-11-16', result: 'NOT_FOUND' }))).toEqual(['enquiry']);
    expect((await asStaff(`/v1/cme-cases/${caseId}/enquiries`, { enquiry: 'HEALTH', madeOn: '2026-11-16', result: 'NOT_FOUND' }, reader)).status).toBe(403);
    expect((await asStaff(`/v1/cme-cases/${randomUUID()}/enquiries`, { enquiry: 'HEALTH', madeOn: '2026-11-16', result: 'NOT_FOUND' })).status).toBe(404);
    const after = await kit.counts();
    expect({ ...after, case_views: 0 }).toEqual({ ...before, case_views: 0 });
    expect((await asStaff(`/v1/cme-cases/${caseId}`, undefined, reader)).status).toBe(200);
  });

  describe("another LA's or agency's referral, recorded by the CMO", () => {
    const referral = (overrides: Record<string, unknown> = {}) => ({
      referralId: randomUUID(),
      source: 'HEALTH',
      referrer: { name: 'Dee Walsh', organisation: 'School nursing team', phone: '0115 000 0000' },
      child: { givenName: 'Amira', familyName: 'Lindqvist', dateOfBirth: '2013-09-14' },
      parents: parents(),
      receivedOn: '2026-11-16',
      missingSince: '2026-11-02',
      reason: 'Family moved into the area; no school place applied for',
      ...overrides,
    });

    it('opens a case with the enquiries in the queue; the same referral twice is one; the same child from a school joins it', async () => {
      const body = referral();
      const first = await asStaff('/v1/cme-referrals', body);
      expect(first.status).toBe(201);
      expect(first.body.caseReference).toMatch(/^CME-2026-\d{6}$/);
      const again = await asStaff('/v1/cme-referrals', body);
      expect(again).toMatchObject({ status: 200, body: first.body });
      const fromSchool = await call(`${kit.service.url}/v1/school-returns/absences`, { key: school, body: returns.absence({ pupil: pupil({ familyName: 'Lindqvist', upn: undefined }) }) });
      expect(fromSchool.body.caseReference).toBe(first.body.caseReference);
      const tasks = (await kit.outbox()).filter((e) => e.topic === 'education.cme-tasks-required.v1' && e.envelope.data.caseId === first.body.caseId);
      expect(tasks.map((e) => e.envelope.data.source)).toEqual(['HEALTH']);
      const record = await asStaff(`/v1/cme-cases/${first.body.caseId as string}`);
      expect(record.body).toMatchObject({ source: 'HEALTH', firstDayMissing: '2026-11-02' });
      expect(record.body.referrals).toEqual([expect.objectContaining({ source: 'HEALTH', recordedBy: 'cmo.one' })]);
    });

    it('given the same referralId with another body, 409; a bad referral, 400 naming the field; a reader, 403; nothing stored', async () => {
      const body = referral();
      expect((await asStaff('/v1/cme-referrals', body)).status).toBe(201);
      const before = await kit.counts();
      expect(fieldsOf(await asStaff('/v1/cme-referrals', { ...body, reason: 'something else' }))).toEqual(['referralId']);
      expect(fieldsOf(await asStaff('/v1/cme-referrals', referral({ source: 'SCHOOL' })))).toEqual(['source']);
      expect(fieldsOf(await asStaff('/v1/cme-referrals', referral({ missingSince: '2026-11-20' })))).toEqual(['missingSince']);
      expect(fieldsOf(await asStaff('/v1/cme-referrals', referral({ child: { givenName: 'A', familyName: 'B' } })))).toEqual(['child.dateOfBirth']);
      expect((await asStaff('/v1/cme-referrals', referral(), reader)).status).toBe(403);
      expect(await kit.counts()).toEqual(before);
    });
  });
});
