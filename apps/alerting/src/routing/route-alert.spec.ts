import { routeAlerts } from './route-alert';

describe('alert routing (default routes)', () => {
  it('given a high-risk decision, tells the CMO, duty social work and the senior managers of CSC and police', () => {
    expect(routeAlerts(['HIGH_RISK']).map((r) => r.recipient)).toEqual([
      'CHILDREN_MISSING_OFFICER',
      'DUTY_SOCIAL_WORK',
      'CSC_SENIOR_MANAGER',
      'POLICE_SENIOR_MANAGER',
    ]);
  });

  it('given the same kind twice in one decision, routes each recipient once', () => {
    expect(routeAlerts(['PERSISTENT_MISSING', 'PERSISTENT_MISSING'])).toEqual([
      { kind: 'PERSISTENT_MISSING', recipient: 'CHILDREN_MISSING_OFFICER' },
    ]);
  });

  it('given a decision with no alerts, routes nothing', () => {
    expect(routeAlerts([])).toEqual([]);
  });
});
