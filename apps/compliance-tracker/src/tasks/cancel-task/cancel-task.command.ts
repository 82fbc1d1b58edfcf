import { validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { CancelReason, CancelReasons } from './cancel-reasons';

/** A manager cancels one task, with an enumerated reason. */
export class CancelTaskCommand {
  private constructor(
    readonly taskId: string,
    readonly reason: CancelReason,
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { taskId: string; reason: string; actor: AuthenticatedOfficer; correlationId: string }): CancelTaskCommand {
    if (!(CancelReasons as readonly string[]).includes(input.reason)) {
      throw validationFailed([{ field: 'reason', reason: `reason must be one of ${CancelReasons.join(', ')}` }]);
    }
    return new CancelTaskCommand(input.taskId, input.reason as CancelReason, input.actor, input.correlationId);
  }
}
