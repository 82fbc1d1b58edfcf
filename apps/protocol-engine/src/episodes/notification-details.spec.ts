import { notificationDetailsOf } from './notification-details.entity';

const ids = { childId: 'c-1', episodeId: 'e-1' };

describe('the location and found details kept from a notification', () => {
  it('given a found notification, keeps where the child was found, who they returned to, the check time and harm', () => {
    const row = notificationDetailsOf(
      {
        ingestId: 'i-1',
        location: { postcode: 'NG1 5AB', description: 'Bus station' },
        found: { returnedTo: 'Foster carer', foundBy: 'Police', safeAndWellCheckAt: '2025-06-02T08:00:00Z', harmSuffered: false },
      },
      ids,
    );
    expect(row).toEqual({
      ingestId: 'i-1',
      childId: 'c-1',
      episodeId: 'e-1',
      locationPostcode: 'NG1 5AB',
      locationDescription: 'Bus station',
      returnedTo: 'Foster carer',
      foundBy: 'Police',
      safeAndWellCheckAt: new Date('2025-06-02T08:00:00Z'),
      harmSuffered: false,
    });
  });

  it('given a notification with a last-seen postcode only, keeps that and leaves the found details empty', () => {
    expect(notificationDetailsOf({ ingestId: 'i-2', location: { postcode: 'NG7 2RD' } }, ids)).toMatchObject({
      locationPostcode: 'NG7 2RD',
      locationDescription: null,
      returnedTo: null,
      harmSuffered: null,
    });
  });

  it('given a notification with neither location nor found details, keeps nothing', () => {
    expect(notificationDetailsOf({ ingestId: 'i-3' }, ids)).toBeNull();
    expect(notificationDetailsOf({ ingestId: 'i-4', location: {}, found: {} }, ids)).toBeNull();
  });

  it('given a check time that is not an instant, keeps the rest without it', () => {
    expect(notificationDetailsOf({ ingestId: 'i-5', found: { safeAndWellCheckAt: 'soon', harmSuffered: true } }, ids)).toMatchObject({
      safeAndWellCheckAt: null,
      harmSuffered: true,
    });
  });
});
