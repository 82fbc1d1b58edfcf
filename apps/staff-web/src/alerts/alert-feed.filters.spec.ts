import { feedQuery, filtersQueryString, readAlertFilters } from './alert-feed.filters';

describe("the alert feed's filters", () => {
  it('reads unacknowledged-only and a kind from the form', () => {
    expect(readAlertFilters({ unacknowledged: 'true', kind: 'HIGH_RISK' })).toEqual({ unacknowledged: true, kind: 'HIGH_RISK' });
  });

  it('ignores a kind alerting does not know, and anything but "true" for unacknowledged', () => {
    expect(readAlertFilters({ unacknowledged: 'yes', kind: 'NOT_A_KIND' })).toEqual({ unacknowledged: false, kind: undefined });
  });

  it("asks alerting's feed for them", () => {
    expect(feedQuery({ unacknowledged: true, kind: 'TASK_OVERDUE' }, 100)).toEqual({ kind: 'TASK_OVERDUE', acknowledged: false, limit: 100 });
    expect(feedQuery({ unacknowledged: false }, 100)).toEqual({ kind: undefined, acknowledged: undefined, limit: 100 });
  });

  it('writes them back as a query string for links to the same view', () => {
    expect(filtersQueryString({ unacknowledged: true, kind: 'HIGH_RISK' })).toBe('?unacknowledged=true&kind=HIGH_RISK');
    expect(filtersQueryString({ unacknowledged: false })).toBe('');
  });
});
