import { matchesFilters } from './alert-filters';

const alert = { kind: 'HIGH_RISK', recipient: 'CHILDREN_MISSING_OFFICER', policeReference: 'NT/26/0002', childId: '5b6f0c1d-0000-4000-8000-000000000001' };

describe('the live stream filters', () => {
  it('given no filters, every alert passes', () => {
    expect(matchesFilters({})(alert)).toBe(true);
  });

  it('given each filter, passes only alerts that match it, and all of them together', () => {
    expect(matchesFilters({ kind: 'HIGH_RISK' })(alert)).toBe(true);
    expect(matchesFilters({ kind: 'EXPLOITATION' })(alert)).toBe(false);
    expect(matchesFilters({ recipient: 'DUTY_SOCIAL_WORK' })(alert)).toBe(false);
    expect(matchesFilters({ policeReference: 'NT/26/0003' })(alert)).toBe(false);
    expect(matchesFilters({ childId: alert.childId })(alert)).toBe(true);
    expect(matchesFilters({ childId: '5b6f0c1d-0000-4000-8000-000000000002' })(alert)).toBe(false);
    expect(matchesFilters({ kind: 'HIGH_RISK', recipient: 'CHILDREN_MISSING_OFFICER', policeReference: 'NT/26/0002' })(alert)).toBe(true);
    expect(matchesFilters({ kind: 'HIGH_RISK', recipient: 'CHILDREN_MISSING_OFFICER', policeReference: 'NT/26/0003' })(alert)).toBe(false);
  });
});
