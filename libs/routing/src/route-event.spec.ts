import { escalates, nextRole, routeEvent, RoutableEvent, SubscriptionRule } from './route-event';

const role = (kind: SubscriptionRule['kind'], recipient: string, extra: Partial<SubscriptionRule> = {}): SubscriptionRule => ({
  kind,
  recipientType: 'ROLE',
  recipient,
  channels: [{ type: 'FEED' }],
  responsibleAuthority: null,
  ...extra,
});
const event = (kind: RoutableEvent['kind'], extra: Partial<RoutableEvent> = {}): RoutableEvent => ({
  kind,
  responsibleAuthority: null,
  targetRole: null,
  ...extra,
});

const subscriptions: SubscriptionRule[] = [
  role('HIGH_RISK', 'CHILDREN_MISSING_OFFICER'),
  role('HIGH_RISK', 'DUTY_SOCIAL_WORK'),
  role('HIGH_RISK', 'CHILDREN_MISSING_OFFICER', { channels: [{ type: 'EMAIL', address: 'cmo@la.example' }, { type: 'FEED' }] }),
  role('PLACED_IN_WITHOUT_NOTICE', 'PLACING_AUTHORITY_CONTACT', {
    responsibleAuthority: 'LA-XYZ',
    channels: [{ type: 'WEBHOOK', url: 'https://xyz.example/hook', secret: 's'.repeat(32) }],
  }),
  role('TASK_ESCALATED', 'TEAM_MANAGER'),
  role('TASK_ESCALATED', 'SERVICE_MANAGER'),
  { ...role('TASK_ESCALATED', 'jane.smith'), recipientType: 'PERSON' },
];

describe('alert routing', () => {
  it('given a high-risk event, tells each subscribed role once, with every channel its subscriptions name', () => {
    expect(routeEvent(subscriptions, event('HIGH_RISK'))).toEqual([
      { kind: 'HIGH_RISK', recipient: 'CHILDREN_MISSING_OFFICER', channels: [{ type: 'FEED' }, { type: 'EMAIL', address: 'cmo@la.example' }] },
      { kind: 'HIGH_RISK', recipient: 'DUTY_SOCIAL_WORK', channels: [{ type: 'FEED' }] },
    ]);
  });

  it('given a placed-in child, tells the placing authority only when it is the one the subscription is for', () => {
    expect(routeEvent(subscriptions, event('PLACED_IN_WITHOUT_NOTICE', { responsibleAuthority: 'LA-XYZ' })).map((r) => r.recipient)).toEqual([
      'PLACING_AUTHORITY_CONTACT',
    ]);
    expect(routeEvent(subscriptions, event('PLACED_IN_WITHOUT_NOTICE', { responsibleAuthority: 'LA-OTHER' }))).toEqual([]);
  });

  it("given our child reported missing by another area's force, tells that area's host contact and not another area's", () => {
    const hosts = [
      role('OUR_CHILD_MISSING_ELSEWHERE', 'HOST_AUTHORITY_CONTACT', { force: 'DERBYSHIRE', channels: [{ type: 'EMAIL', address: 'mfh@derbyshire.example' }] }),
      role('OUR_CHILD_MISSING_ELSEWHERE', 'CHILDREN_MISSING_OFFICER'),
    ];
    expect(routeEvent(hosts, event('OUR_CHILD_MISSING_ELSEWHERE', { force: 'DERBYSHIRE' })).map((r) => r.recipient)).toEqual([
      'HOST_AUTHORITY_CONTACT',
      'CHILDREN_MISSING_OFFICER',
    ]);
    expect(routeEvent(hosts, event('OUR_CHILD_MISSING_ELSEWHERE', { force: 'LINCOLNSHIRE' })).map((r) => r.recipient)).toEqual(['CHILDREN_MISSING_OFFICER']);
  });

  it('given an escalation naming the service manager, tells that role and named people, not the team manager', () => {
    expect(routeEvent(subscriptions, event('TASK_ESCALATED', { targetRole: 'SERVICE_MANAGER' })).map((r) => r.recipient)).toEqual([
      'SERVICE_MANAGER',
      'person:jane.smith',
    ]);
  });

  it('given an escalation to a role nobody subscribed, still tells that role in the feed', () => {
    expect(routeEvent([], event('HIGH_RISK_UNACKNOWLEDGED', { targetRole: 'TEAM_MANAGER' }))).toEqual([
      { kind: 'HIGH_RISK_UNACKNOWLEDGED', recipient: 'TEAM_MANAGER', channels: [{ type: 'FEED' }] },
    ]);
  });

  it('given an event kind nobody subscribed, raises nothing', () => {
    expect(routeEvent(subscriptions, event('PERSISTENT_MISSING'))).toEqual([]);
  });

  it('given an unacknowledged high-risk alert, climbs the ladder from the CMO to the team manager, service manager and director', () => {
    expect(nextRole('CHILDREN_MISSING_OFFICER')).toBe('TEAM_MANAGER');
    expect(nextRole('TEAM_MANAGER')).toBe('SERVICE_MANAGER');
    expect(nextRole('SERVICE_MANAGER')).toBe('DIRECTOR_OF_CHILDRENS_SERVICES');
    expect(nextRole('DIRECTOR_OF_CHILDRENS_SERVICES')).toBeNull();
    expect(escalates('HIGH_RISK', 'CHILDREN_MISSING_OFFICER')).toBe(true);
    expect(escalates('PERSISTENT_MISSING', 'CHILDREN_MISSING_OFFICER')).toBe(false);
    expect(escalates('HIGH_RISK', 'person:jane.smith')).toBe(false);
  });
});
