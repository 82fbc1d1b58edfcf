import type { AlertView } from '../../data/alerting.types';

/**
 * alerting's stream is live only (its pub/sub keeps nothing), so on every (re)connect the relay
 * reads the feed and sends what the page has not seen: alerts raised at or after the last one it
 * saw (or the moment the page was drawn), that one excluded, oldest first so each goes on top.
 * The page skips any it already shows, so the overlap at the boundary costs nothing.
 */
export function missedAlerts(feedNewestFirst: AlertView[], cutoff: Date, lastSeenId?: string): AlertView[] {
  return feedNewestFirst.filter((a) => a.id !== lastSeenId && new Date(a.raisedAt).getTime() >= cutoff.getTime()).reverse();
}
