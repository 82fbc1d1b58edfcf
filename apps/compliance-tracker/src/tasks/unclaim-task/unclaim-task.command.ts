import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

/** A manager (or the CMO holding it) puts a task back in the team queue. */
export class UnclaimTaskCommand {
  private constructor(
    readonly taskId: string,
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { taskId: string; actor: AuthenticatedOfficer; correlationId: string }): UnclaimTaskCommand {
    return new UnclaimTaskCommand(input.taskId, input.actor, input.correlationId);
  }
}
