import type { SessionUser } from '../../auth/session-user';
import type { AlertFeedFilters } from '../alert-feed.filters';
import { isAlertId } from '../alert-id';

/** A page opening (or reopening) its live stream: what it shows, and the last alert it saw. */
export class RelayLiveAlertsCommand {
  private constructor(
    readonly user: SessionUser,
    readonly filters: AlertFeedFilters,
    /** The newest alert the page has (EventSource's Last-Event-ID on a reconnect, else the page's own). */
    readonly lastSeenId: string | undefined,
    /** When the page was drawn: the cut-off when it had no alert to name. */
    readonly since: Date | undefined,
  ) {}

  static create(input: { user: SessionUser; filters: AlertFeedFilters; lastSeenId?: unknown; since?: unknown }): RelayLiveAlertsCommand {
    const lastSeenId = typeof input.lastSeenId === 'string' && isAlertId(input.lastSeenId) ? input.lastSeenId : undefined;
    const since = typeof input.since === 'string' ? new Date(input.since) : undefined;
    return new RelayLiveAlertsCommand(input.user, input.filters, lastSeenId, since && !Number.isNaN(since.getTime()) ? since : undefined);
  }
}
