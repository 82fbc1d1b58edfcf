import { isUUID } from 'class-validator';

export class EscalateUnacknowledgedAlertCommand {
  private constructor(readonly alertId: string) {}

  static create(alertId: string): EscalateUnacknowledgedAlertCommand {
    if (!isUUID(alertId)) throw new Error(`not an alert id: ${alertId}`);
    return new EscalateUnacknowledgedAlertCommand(alertId);
  }
}
