import { handOver } from './hand-over';

describe('the hand-over of a CME case to the LA the child moved to', () => {
  const to = { code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' };
  const from = { name: 'Homeward development council', cmeMailbox: 'cme@homeward-council.example.gov.uk' };
  const at = new Date('2026-11-18T14:30:00Z');

  it('given a case and an authority from the directory, the event carries ids, the reference and both contacts, and the case records to whom, when and where the notice went', () => {
    const { event, record } = handOver({ id: 'c-1', childKey: 'k'.repeat(64), reference: 'CME-2026-000042' }, to, from, at);
    expect(event).toEqual({ caseId: 'c-1', childKey: 'k'.repeat(64), caseReference: 'CME-2026-000042', toAuthority: to, fromAuthority: from, handedOverAt: '2026-11-18T14:30:00.000Z' });
    expect(record).toEqual({ authority: 'E10000024', authorityName: 'Nottinghamshire County Council', handedOverAt: '2026-11-18T14:30:00.000Z', noticeTo: 'cme@nottinghamshire.example.gov.uk' });
  });

  it("given a case holding the pupil's details, the event takes none of them", () => {
    const withPupil = { id: 'c-2', childKey: 'k'.repeat(64), reference: 'CME-2026-000043', pupil: { givenName: 'Amira', familyName: 'Khan', dateOfBirth: '2013-09-14' } };
    expect(JSON.stringify(handOver(withPupil, to, from, at).event)).not.toMatch(/Amira|Khan|2013-09-14/);
  });
});
