import { FieldProblem, isStaffId, StaffRole, validationFailed } from '@homeward/platform';
import { isUUID } from 'class-validator';

export class AcknowledgeAlertCommand {
  private constructor(
    readonly alertId: string,
    /** Who acknowledged: the staff id (the token's subject) of the caller. */
    readonly actor: string,
    /** The caller's role: an alert addressed to a manager is a manager's to acknowledge. */
    readonly role: StaffRole,
  ) {}

  static create(alertId: string, actor: string, role: StaffRole): AcknowledgeAlertCommand {
    const problems: FieldProblem[] = [];
    if (!isUUID(alertId)) problems.push({ field: 'id', reason: 'must be a UUID' });
    if (problems.length > 0) throw validationFailed(problems);
    // The guard verified the token, whose subject is a staff id: anything else is a bug here, not bad input.
    if (!isStaffId(actor)) throw new Error('an acknowledgement needs the staff id of the authenticated caller');
    return new AcknowledgeAlertCommand(alertId, actor, role);
  }
}
