import type { SessionUser } from '../../auth/session-user';
import { isAlertId } from '../alert-id';

export class ShowAlertCommand {
  private constructor(
    readonly user: SessionUser,
    readonly alertId: string,
  ) {}

  /** Undefined for an id that cannot be an alert's. */
  static create(user: SessionUser, alertId: string): ShowAlertCommand | undefined {
    return isAlertId(alertId) ? new ShowAlertCommand(user, alertId) : undefined;
  }
}
