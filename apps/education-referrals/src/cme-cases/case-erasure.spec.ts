import { erasedChildKey, erasedReferralBody, erasedReturnBody } from './case-erasure';

describe("what a CME case's records keep once the child's personal data is erased", () => {
  it("given a deletion return, then the ground and the dates stay and the pupil, parents, future address and destination go", () => {
    const body = {
      returnId: 'DEL-1',
      pupil: { givenName: 'Amira', familyName: 'Khan', dateOfBirth: '2013-09-14', address: { lines: ['12 Mill Lane'], postcode: 'NG6 8AB' } },
      parents: [{ name: 'Sara Khan', emergencyPhone: '07700 900123', livesWithPupil: true }],
      ground: { regulation: '9(1)', paragraph: 'g', reason: 'NOT_RETURNED_AFTER_20_DAYS' },
      deletionDate: '2026-11-20',
      absenceStart: '2026-10-19',
      futureAddress: { lines: ['1 New Road'], postcode: 'DE1 1AA' },
      destinationSchool: { name: 'Derby Academy', urn: '150001', startDate: '2026-12-01' },
    };
    expect(erasedReturnBody(body)).toEqual({ returnId: 'DEL-1', ground: body.ground, deletionDate: '2026-11-20', absenceStart: '2026-10-19' });
  });

  it("given an absence notice, then the days, codes and start stay and the school's enquiries go", () => {
    const body = { returnId: 'ABS-1', pupil: {}, parents: [], absenceStart: '2026-10-19', schoolDaysAbsent: 10, attendanceCodes: ['O'], enquiries: [{ made: 'Phoned mum', madeOn: '2026-10-20' }] };
    expect(erasedReturnBody(body)).toEqual({ returnId: 'ABS-1', absenceStart: '2026-10-19', schoolDaysAbsent: 10, attendanceCodes: ['O'] });
  });

  it("given a sickness notice, then its free-text note goes", () => {
    expect(erasedReturnBody({ returnId: 'S-1', absenceStart: '2026-10-19', schoolDaysMissed: 15, note: 'In hospital after surgery' })).toEqual({ returnId: 'S-1', absenceStart: '2026-10-19', schoolDaysMissed: 15 });
  });

  it("given an agency's referral, then its source and dates stay and the referrer, child, parents and reason go", () => {
    const body = { referralId: 'r-1', source: 'HEALTH', referrer: { name: 'Dee Walsh' }, child: { givenName: 'Amira' }, parents: [{ name: 'Sara Khan' }], receivedOn: '2026-11-16', missingSince: '2026-11-02', reason: 'Not seen at GP since moving' };
    expect(erasedReferralBody(body)).toEqual({ referralId: 'r-1', source: 'HEALTH', receivedOn: '2026-11-16', missingSince: '2026-11-02' });
  });

  it('given two erasures, then each stands for its own child', () => {
    expect(erasedChildKey('a')).not.toEqual(erasedChildKey('b'));
  });
});
