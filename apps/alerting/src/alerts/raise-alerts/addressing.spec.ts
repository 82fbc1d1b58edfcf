import type { RoutedAlert, SubscriptionRule } from '@homeward/routing';
import { addressAlerts, Directory } from './addressing';

const directory = (extra: Partial<Directory> = {}): Directory => ({
  names: { 'jordan.lee': 'Jordan Lee', 'alex.rahman': 'Alex Rahman', 'casey.morgan': 'Casey Morgan', 'rowan.patel': 'Rowan Patel' },
  ladder: { TEAM_MANAGER: 'jordan.lee', SERVICE_MANAGER: 'alex.rahman' },
  away: {},
  ...extra,
});
const routed = (recipient: string, channels: RoutedAlert['channels'] = [{ type: 'FEED' }]): RoutedAlert => ({ kind: 'TASK_ESCALATED', recipient, channels });
const personal = (username: string, address: string): SubscriptionRule => ({
  kind: 'TASK_ESCALATED',
  recipientType: 'PERSON',
  recipient: username,
  channels: [{ type: 'EMAIL', address }],
  responsibleAuthority: null,
});
const UNTIL = '2025-10-20T08:00:00.000Z';

describe('who an alert is addressed to', () => {
  it('given an escalation to the team manager naming nobody, then it names the officer on that rung of the ladder', () => {
    expect(addressAlerts([routed('TEAM_MANAGER')], [], { targetRole: 'TEAM_MANAGER' }, directory())).toEqual([
      { ...routed('TEAM_MANAGER'), addressee: { username: 'jordan.lee', displayName: 'Jordan Lee' } },
    ]);
  });

  it('given an event that names the officer for its role, then that officer is named', () => {
    const [alert] = addressAlerts([routed('CHILDREN_MISSING_OFFICER')], [], { targetRole: 'CHILDREN_MISSING_OFFICER', namedOfficer: 'casey.morgan' }, directory());
    expect(alert.addressee).toEqual({ username: 'casey.morgan', displayName: 'Casey Morgan' });
  });

  it('given the team manager on leave with a cover, then the role alert names the cover, covering for them', () => {
    const [alert] = addressAlerts([routed('TEAM_MANAGER')], [], { targetRole: 'TEAM_MANAGER' }, directory({ away: { 'jordan.lee': { cover: 'rowan.patel', until: UNTIL } } }));
    expect(alert).toEqual({ ...routed('TEAM_MANAGER'), addressee: { username: 'rowan.patel', displayName: 'Rowan Patel', coveringFor: { username: 'jordan.lee', displayName: 'Jordan Lee' } } });
  });

  it("given a person's alert while they are on leave with a cover, then it goes to the cover, on the cover's own channels", () => {
    const subscriptions = [personal('casey.morgan', 'casey@la.example'), personal('rowan.patel', 'rowan@la.example')];
    const away = directory({ away: { 'casey.morgan': { cover: 'rowan.patel', until: UNTIL } } });
    expect(addressAlerts([routed('person:casey.morgan', [{ type: 'EMAIL', address: 'casey@la.example' }])], subscriptions, { targetRole: null }, away)).toEqual([
      {
        kind: 'TASK_ESCALATED',
        recipient: 'person:rowan.patel',
        channels: [{ type: 'EMAIL', address: 'rowan@la.example' }],
        addressee: { username: 'rowan.patel', displayName: 'Rowan Patel', coveringFor: { username: 'casey.morgan', displayName: 'Casey Morgan' } },
      },
    ]);
    // A cover with no subscription of their own sees it in the feed.
    expect(addressAlerts([routed('person:casey.morgan')], [], { targetRole: null }, away)[0]).toMatchObject({ recipient: 'person:rowan.patel', channels: [{ type: 'FEED' }] });
  });

  it('given the cover is told anyway, then they get one alert on both sets of channels', () => {
    const away = directory({ away: { 'casey.morgan': { cover: 'rowan.patel', until: UNTIL } } });
    const out = addressAlerts([routed('person:casey.morgan'), routed('person:rowan.patel', [{ type: 'EMAIL', address: 'rowan@la.example' }])], [], { targetRole: null }, away);
    expect(out.map((a) => [a.recipient, a.channels.map((c) => c.type)])).toEqual([['person:rowan.patel', ['FEED', 'EMAIL']]]);
  });

  it('given the officer away with no cover, then the alert still names them, and until when', () => {
    const [alert] = addressAlerts([routed('SERVICE_MANAGER')], [], { targetRole: 'SERVICE_MANAGER' }, directory({ away: { 'alex.rahman': { cover: null, until: UNTIL } } }));
    expect(alert.addressee).toEqual({ username: 'alex.rahman', displayName: 'Alex Rahman', awayUntil: UNTIL });
  });

  it('given a role nobody holds by name, then nobody is named', () => {
    expect(addressAlerts([routed('DUTY_SOCIAL_WORK')], [], { targetRole: null }, directory())[0].addressee).toBeNull();
  });
});
