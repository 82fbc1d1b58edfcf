import { alert } from '../../testing/record-fixtures';
import { missedAlerts } from './missed-alerts';

const at = (iso: string, id: string) => alert({ id, kind: 'HIGH_RISK', raisedAt: iso });
const feed = [at('2026-12-01T10:05:00Z', 'c'), at('2026-12-01T10:03:00Z', 'b'), at('2026-12-01T10:01:00Z', 'a')];

describe('the alerts a page missed while its stream was away', () => {
  it('are those raised since the last it saw, oldest first, without that one', () => {
    expect(missedAlerts(feed, new Date('2026-12-01T10:01:00Z'), 'a').map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('include one raised in the same instant as the last seen (the page skips what it shows)', () => {
    const same = [...feed.slice(0, 2), at('2026-12-01T10:01:00Z', 'a2'), feed[2]];
    expect(missedAlerts(same, new Date('2026-12-01T10:01:00Z'), 'a').map((a) => a.id)).toEqual(['a2', 'b', 'c']);
  });

  it('are none when nothing is newer', () => {
    expect(missedAlerts(feed, new Date('2026-12-01T10:06:00Z'))).toEqual([]);
  });
});
