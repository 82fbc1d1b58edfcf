import { validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { RecordOutcomeDto } from './record-outcome.dto';

const INSTANTS = ['offeredAt', 'acceptedAt', 'heldAt', 'doneAt'] as const;

/** An outcome as the CMO recorded it; instants may not lie in the future. */
export class RecordOutcomeCommand {
  private constructor(
    readonly taskId: string,
    readonly outcome: Readonly<RecordOutcomeDto>,
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { taskId: string; outcome: RecordOutcomeDto; actor: AuthenticatedOfficer; correlationId: string; now: Date }): RecordOutcomeCommand {
    const future = INSTANTS.filter((f) => Date.parse(input.outcome[f] ?? '') > input.now.getTime());
    if (future.length > 0) throw validationFailed(future.map((field) => ({ field, reason: `${field} must not be in the future` })));
    return new RecordOutcomeCommand(input.taskId, Object.freeze({ ...input.outcome }), input.actor, input.correlationId);
  }
}
