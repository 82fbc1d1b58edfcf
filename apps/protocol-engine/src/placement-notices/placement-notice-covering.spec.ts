import { placementNoticeCovering, type NoticeOnRecord } from './placement-notice-covering';

const notice = (over: Partial<NoticeOnRecord> = {}): NoticeOnRecord => ({
  id: '6f1c0a52-0000-4000-8000-000000000001',
  placingAuthority: 'E08000032',
  placementStart: '2026-03-01',
  placementEnd: null,
  riskAssessmentProvided: true,
  riskManagementPlanProvided: false,
  receivedAt: new Date('2026-02-27T10:00:00Z'),
  recordedAt: new Date('2026-02-27T10:00:05Z'),
  ...over,
});
const episode = (missingSince: string, responsibleAuthority: string | null = 'E08000032') => ({
  missingSince: new Date(missingSince),
  foundAt: null,
  responsibleAuthority,
});
const NOW = new Date('2026-06-01T12:00:00Z');

describe('which placement notice covers a missing episode', () => {
  it('given an open-ended placement from the placing authority that began before the child went missing, it covers the episode', () => {
    expect(placementNoticeCovering([notice()], episode('2026-05-10T21:00:00Z'), NOW)).toEqual({
      id: notice().id,
      placingAuthority: 'E08000032',
      placementStart: '2026-03-01',
      placementEnd: null,
      receivedAt: '2026-02-27T10:00:00.000Z',
      riskAssessmentProvided: true,
      riskManagementPlanProvided: false,
    });
  });

  it('given a placement that ended, or had not begun, on the day the child went missing, nothing covers it', () => {
    expect(placementNoticeCovering([notice({ placementEnd: '2026-04-30' })], episode('2026-05-10T21:00:00Z'), NOW)).toBeNull();
    expect(placementNoticeCovering([notice({ placementStart: '2026-05-11' })], episode('2026-05-10T21:00:00Z'), NOW)).toBeNull();
  });

  it('given the last day of the placement in London time (23:30 BST is the next day in UTC terms only), it covers it', () => {
    // 30 April 23:30 BST is 22:30Z on 30 April; 1 May 00:30 BST is 23:30Z on 30 April.
    expect(placementNoticeCovering([notice({ placementEnd: '2026-04-30' })], episode('2026-04-30T22:30:00Z'), NOW)).not.toBeNull();
    expect(placementNoticeCovering([notice({ placementEnd: '2026-04-30' })], episode('2026-04-30T23:30:00Z'), NOW)).toBeNull();
  });

  it('given a notice from an authority other than the one the police name as responsible, it does not count', () => {
    expect(placementNoticeCovering([notice({ placingAuthority: 'E10000007' })], episode('2026-05-10T21:00:00Z'), NOW)).toBeNull();
    expect(placementNoticeCovering([notice({ placingAuthority: ' e08000032 ' })], episode('2026-05-10T21:00:00Z'), NOW)).not.toBeNull();
    expect(placementNoticeCovering([notice()], episode('2026-05-10T21:00:00Z', null), NOW)).toBeNull();
  });

  it('given a notice recorded after the decision was made, that decision did not know of it', () => {
    const late = notice({ recordedAt: new Date('2026-06-01T12:00:01Z') });
    expect(placementNoticeCovering([late], episode('2026-05-10T21:00:00Z'), NOW)).toBeNull();
  });

  it('given two covering notices, the latest received is the one shown', () => {
    const newer = notice({ id: '6f1c0a52-0000-4000-8000-000000000002', receivedAt: new Date('2026-04-01T09:00:00Z'), riskManagementPlanProvided: true });
    expect(placementNoticeCovering([notice(), newer], episode('2026-05-10T21:00:00Z'), NOW)).toMatchObject({ id: newer.id, riskManagementPlanProvided: true });
  });

  it('given a FOUND known before the missing report, the found time is the day that must be covered', () => {
    const foundFirst = { missingSince: null, foundAt: new Date('2026-05-10T08:00:00Z'), responsibleAuthority: 'E08000032' };
    expect(placementNoticeCovering([notice()], foundFirst, NOW)).not.toBeNull();
  });
});
