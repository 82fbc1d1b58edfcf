import type { SessionUser } from '../../auth/session-user';
import { isAlertId } from '../alert-id';

export class AcknowledgeAlertCommand {
  private constructor(
    readonly user: SessionUser,
    readonly alertId: string,
  ) {}

  /** Undefined for an id that cannot be an alert's. */
  static create(user: SessionUser, alertId: string): AcknowledgeAlertCommand | undefined {
    return isAlertId(alertId) ? new AcknowledgeAlertCommand(user, alertId) : undefined;
  }
}
