import { validationFailed } from '@homeward/platform';
import { isUUID } from 'class-validator';

export class DeleteSubscriptionCommand {
  private constructor(readonly subscriptionId: string) {}

  static create(id: string): DeleteSubscriptionCommand {
    if (!isUUID(id)) throw validationFailed([{ field: 'id', reason: 'must be a UUID' }]);
    return new DeleteSubscriptionCommand(id);
  }
}
