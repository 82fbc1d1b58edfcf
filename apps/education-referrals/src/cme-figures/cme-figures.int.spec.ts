import { call, fieldsOf, staffToken } from '@homeward/testing';
import { type EducationUnderTest, pupil, returns, startEducation } from '../../test-support/education-under-test';

jest.setTimeout(60_000);

/** A known autumn term: every figure below is counted by hand from these returns. */
describe('education-referrals: the CME figures and the register of children not in school', () => {
  let kit: EducationUnderTest;
  let school: string;
  let other: string;
  const manager = `Bearer ${staffToken({ staffId: 'manager.one', role: 'MANAGER' })}`;
  const cmo = `Bearer ${staffToken({ staffId: 'cmo.one', role: 'CMO' })}`;
  const post = (kind: string, body: unknown, key = school) => call(`${kit.service.url}/v1/school-returns/${kind}`, { key, body });
  const child = (familyName: string, dateOfBirth = '2013-09-14') => pupil({ familyName, dateOfBirth, upn: undefined });

  beforeAll(async () => {
    kit = await startEducation();
    school = await kit.schoolKey('140123', 'Riverside Academy');
    other = await kit.schoolKey('140456', 'Oakfield Primary');
    kit.clock.set('2026-10-05T10:00:00Z');
    // Two absences, one moved away, one home educated (and one home educated who is 17: not of compulsory school age).
    await post('absences', returns.absence({ pupil: child('Ahmed'), absenceStart: '2026-09-14' }));
    await post('absences', returns.absence({ pupil: child('Baker'), absenceStart: '2026-09-14' }));
    await post('deletions', returns.deletion({ pupil: child('Cruz'), deletionDate: '2026-10-05' }));
    await post('deletions', returns.deletion({ pupil: child('Dahl'), ground: { regulation: '9', paragraph: '(1)(b)', reason: 'ELECTIVE_HOME_EDUCATION' }, deletionDate: '2026-10-02' }));
    await post('deletions', returns.deletion({ pupil: child('Eze', '2009-03-01'), ground: { regulation: '9', paragraph: '(1)(b)', reason: 'ELECTIVE_HOME_EDUCATION' }, deletionDate: '2026-10-02' }));
    kit.clock.set('2026-11-16T10:00:00Z');
    // Baker found on roll at Oakfield from 2 November.
    await post('admissions', returns.admission({ pupil: child('Baker'), admissionDate: '2026-11-02' }), other);
  });
  afterAll(() => kit?.close());

  it('counts referrals by source and reason, resolutions, who is missing now and the termly census', async () => {
    const figures = await call(`${kit.service.url}/v1/cme-figures?from=2026-09-01&to=2026-12-18`, { headers: { authorization: manager } });
    expect(figures.status).toBe(200);
    expect(figures.body).toMatchObject({
      referrals: 3,
      referralsBySource: [{ key: 'SCHOOL_ABSENCE_NOTICE', count: 2 }, { key: 'SCHOOL_DELETION_RETURN', count: 1 }],
      referralsByReason: [{ key: 'ABSENCE_NOTICE', count: 2 }, { key: 'ELECTIVE_HOME_EDUCATION', count: 2 }, { key: 'MOVED_AWAY', count: 1 }],
      resolved: 1,
      resolvedByOutcome: [{ key: 'ON_ROLL_ELSEWHERE', count: 1 }],
      // 14 Sep to 30 Oct less half term (26-30 Oct): 6 weeks of 5 days.
      medianSchoolDaysMissing: 30,
      // Opened 5 October, resolved 2 November.
      medianDaysToResolution: 28,
      currentlyMissingEducation: 2,
      lostPupils: 0,
    });
    expect(figures.body.census).toEqual([
      { term: 'Autumn', start: '2026-09-01', end: '2026-12-18', electiveHomeEducation: 2, childrenMissingEducation: 3 },
      { term: 'Spring', start: '2027-01-04', end: '2027-03-19', electiveHomeEducation: 0, childrenMissingEducation: 2 },
      { term: 'Summer', start: '2027-04-05', end: '2027-07-21', electiveHomeEducation: 0, childrenMissingEducation: 2 },
    ]);
  });

  it('given a period that ends before it starts, or in a year without term dates, answers 400 naming to', async () => {
    expect(fieldsOf(await call(`${kit.service.url}/v1/cme-figures?from=2026-12-01&to=2026-11-01`, { headers: { authorization: manager } }))).toEqual(['to']);
    expect(fieldsOf(await call(`${kit.service.url}/v1/cme-figures?from=2030-09-01&to=2030-12-01`, { headers: { authorization: manager } }))).toEqual(['to']);
  });

  it('lists the children not in school: home educated and missing education, of compulsory school age, not back on roll; each read recorded', async () => {
    const register = await call<Record<string, unknown>[]>(`${kit.service.url}/v1/children-not-in-school`, { headers: { authorization: cmo } });
    expect(register.status).toBe(200);
    expect(register.body.map((e) => [e.name, e.basis, e.since, e.provider])).toEqual([
      ['Amira Ahmed', 'MISSING_EDUCATION', '2026-09-14', null],
      ['Amira Dahl', 'ELECTIVE_HOME_EDUCATION', '2026-10-02', 'Parent or carer (elective home education)'],
      ['Amira Cruz', 'MISSING_EDUCATION', '2026-10-05', null],
    ]);
    const [views] = await kit.query<{ n: number }>(`SELECT count(*)::int AS n FROM education.register_views WHERE staff_id = 'cmo.one'`);
    expect(views.n).toBe(3);
  });
});
