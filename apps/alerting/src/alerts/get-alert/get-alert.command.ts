import { validationFailed } from '@homeward/platform';
import { isUUID } from 'class-validator';

export class GetAlertCommand {
  private constructor(readonly alertId: string) {}

  static create(alertId: string): GetAlertCommand {
    if (!isUUID(alertId)) throw validationFailed([{ field: 'id', reason: 'must be a UUID' }]);
    return new GetAlertCommand(alertId);
  }
}
