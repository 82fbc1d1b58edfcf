import { FieldProblem, validationFailed } from '@homeward/platform';
import { isUUID } from 'class-validator';

export class AcknowledgeAlertCommand {
  private constructor(
    readonly alertId: string,
    /** Who acknowledged: the staff id the caller's session gives. */
    readonly actor: string,
  ) {}

  static create(alertId: string, actor: string | undefined): AcknowledgeAlertCommand {
    const problems: FieldProblem[] = [];
    if (!isUUID(alertId)) problems.push({ field: 'id', reason: 'must be a UUID' });
    if (!actor || !/^[A-Za-z0-9._@-]{1,100}$/.test(actor)) {
      problems.push({ field: 'x-staff-id', reason: 'header is required: 1-100 letters, digits or . _ @ -' });
    }
    if (problems.length > 0) throw validationFailed(problems);
    return new AcknowledgeAlertCommand(alertId, actor!);
  }
}
