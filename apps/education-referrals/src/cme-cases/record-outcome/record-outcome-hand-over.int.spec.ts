import { call, fieldsOf, staffToken } from '@homeward/testing';
import { type EducationUnderTest, pupil, returns, startEducation } from '../../../test-support/education-under-test';

jest.setTimeout(60_000);

/** The pupil's details as the school sent them: none may reach the hand-over event. */
const CHILD_DATA = /Amira|Khan|Lindqvist|2013-09-14|Mill Lane|NG6 8AB|A123456789012|Sara/i;

describe('education-referrals: a CME case handed over to the LA the child moved to', () => {
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
  const openCase = async (familyName: string) => {
    const answer = await call(`${kit.service.url}/v1/school-returns/absences`, { key: school, body: returns.absence({ pupil: pupil({ familyName, upn: undefined }) }) });
    const reference = answer.body.caseReference as string;
    return { reference, id: (await kit.query<{ id: string }>(`SELECT id FROM education.cme_cases WHERE reference = $1`, [reference]))[0].id };
  };

  it('lists the directory of other LAs for any member of staff, in name order, and not without a token', async () => {
    const listed = await asStaff<{ code: string; name: string; cmeMailbox: string }[]>('/v1/local-authorities', undefined, reader);
    expect(listed.status).toBe(200);
    expect(listed.body).toContainEqual({ code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' });
    const names = listed.body.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect((await fetch(`${kit.service.url}/v1/local-authorities`)).status).toBe(401);
  });

  it('given an authority not in the directory, answers 400 naming authority, and stores and publishes nothing', async () => {
    const { id } = await openCase('Lindqvist');
    const before = await kit.counts();
    const outboxBefore = (await kit.outbox()).length;
    const refused = await asStaff(`/v1/cme-cases/${id}/outcome`, { outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-16', authority: 'E10000999' });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused)).toEqual(['authority']);
    expect(JSON.stringify(refused.body)).toContain('not in the directory of local authorities');
    expect(await kit.counts()).toEqual(before);
    expect(await kit.outbox()).toHaveLength(outboxBefore);
    const still = await asStaff(`/v1/cme-cases/${id}`);
    expect(still.body).toMatchObject({ status: 'OPEN', outcome: null });
  });

  it('given an authority in the directory (no day told: Homeward tells it), closes the case and puts the hand-over in the outbox with the closure, ids and contacts only', async () => {
    const { id, reference } = await openCase('Khan');
    kit.clock.set('2026-11-18T14:30:00Z');
    const recorded = await asStaff(`/v1/cme-cases/${id}/outcome`, { outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-18', authority: 'e10000024' });
    expect(recorded.status).toBe(200);
    const handOver = { authority: 'E10000024', authorityName: 'Nottinghamshire County Council', handedOverAt: '2026-11-18T14:30:00.000Z', noticeTo: 'cme@nottinghamshire.example.gov.uk' };
    expect(recorded.body).toMatchObject({ reference, handOver });

    const events = (await kit.outbox()).filter((e) => e.envelope.data.caseId === id && e.topic !== 'education.cme-tasks-required.v1');
    expect(events.map((e) => e.topic)).toEqual(['education.cme-case-closed.v1', 'education.cme-case-handed-over.v1']);
    const [closed, handedOver] = events;
    expect(handedOver.key).toBe(closed.key);
    expect(handedOver.envelope).toMatchObject({ type: 'education.cme-case-handed-over', version: 1, producer: 'education-referrals', correlationId: closed.envelope.correlationId });
    expect(handedOver.envelope.data).toEqual({
      caseId: id,
      childKey: closed.envelope.data.childKey,
      caseReference: reference,
      toAuthority: { code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' },
      fromAuthority: { name: 'Homeward development council', cmeMailbox: 'cme@homeward-council.example.gov.uk' },
      handedOverAt: '2026-11-18T14:30:00.000Z',
    });
    expect(JSON.stringify(handedOver)).not.toMatch(CHILD_DATA);

    // The case page's data: to whom, when, and where the notice went.
    const page = await asStaff(`/v1/cme-cases/${id}`);
    expect(page.body).toMatchObject({ status: 'CLOSED', outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-18', outcomeDetails: { authority: 'E10000024', handOver, recordedBy: 'cmo.one' } });
  });

  it('given the day the CMO told the other LA by phone, keeps it beside the hand-over', async () => {
    const { id } = await openCase('Fischer');
    const recorded = await asStaff(`/v1/cme-cases/${id}/outcome`, { outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-16', authority: 'E06000018', authorityToldOn: '2026-11-16' });
    expect(recorded.status).toBe(200);
    expect((await asStaff(`/v1/cme-cases/${id}`)).body.outcomeDetails).toMatchObject({ authorityToldOn: '2026-11-16', handOver: { authority: 'E06000018', authorityName: 'Nottingham City Council' } });
  });
});
