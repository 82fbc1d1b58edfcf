import type { SessionUser } from '../../auth/session-user';
import type { AlertFeedFilters } from '../alert-feed.filters';

export class ShowAlertFeedCommand {
  private constructor(
    readonly user: SessionUser,
    readonly filters: AlertFeedFilters,
  ) {}

  static create(user: SessionUser, filters: AlertFeedFilters): ShowAlertFeedCommand {
    return new ShowAlertFeedCommand(user, filters);
  }
}
