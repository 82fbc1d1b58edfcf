import type { AlertView } from '../../alerts/alert-view';
import { alertFromPeer, encodeFeedMessage } from './feed-message';

const alert: AlertView = {
  id: '3f6c2b2e-6a43-4d55-9a3e-0d2f8f4f9b11',
  kind: 'HIGH_RISK',
  recipient: 'CHILDREN_MISSING_OFFICER',
  policeReference: 'NT/26/0002',
  caseReference: null,
  childId: '0b7f1b5c-52e8-4a55-8d1c-6f1f5c2a9d01',
  episodeId: '7d1e0c4a-3b2f-4e6d-9c8b-1a2b3c4d5e6f',
  riskLevel: 'HIGH',
  taskId: null,
  responsibleAuthority: 'LA-1',
  summary: 'Child reported missing at HIGH risk (police reference NT/26/0002)',
  addressee: null,
  link: 'http://localhost:3004/alerts/3f6c2b2e-6a43-4d55-9a3e-0d2f8f4f9b11',
  raisedAt: '2026-01-05T10:00:00.000Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
  escalationOf: null,
};

describe('feed alerts shared between alerting instances', () => {
  it('given an alert another instance raised, reads back the same AlertView', () => {
    expect(alertFromPeer(encodeFeedMessage('instance-a', alert), 'instance-b')).toEqual(alert);
  });

  it('given an alert this instance raised, says it is its own, so its streams do not get it twice', () => {
    expect(alertFromPeer(encodeFeedMessage('instance-a', alert), 'instance-a')).toBe('own');
  });

  it('given an alert with anything beyond the AlertView (a child name a careless caller added), neither sends nor reads it', () => {
    const careless = { ...alert, childName: 'Casey Example-Smith' } as AlertView;
    const sent = encodeFeedMessage('instance-a', careless);
    expect(sent).not.toContain('Casey');
    const forged = JSON.stringify({ origin: 'instance-a', alert: { ...alert, childName: 'Casey Example-Smith' } });
    expect(alertFromPeer(forged, 'instance-b')).toEqual(alert);
  });

  it('given a message that is not JSON, has no origin, or an alert without its references, refuses it', () => {
    expect(alertFromPeer('not json', 'b')).toBe('unreadable');
    expect(alertFromPeer('null', 'b')).toBe('unreadable');
    expect(alertFromPeer(JSON.stringify({ alert }), 'b')).toBe('unreadable');
    const { policeReference: _missing, ...withoutReference } = alert;
    expect(alertFromPeer(JSON.stringify({ origin: 'a', alert: withoutReference }), 'b')).toBe('unreadable');
  });
});
