import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

/** A manager gives a task to another officer. */
export class ReassignTaskCommand {
  private constructor(
    readonly taskId: string,
    readonly officer: string,
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { taskId: string; officer: string; actor: AuthenticatedOfficer; correlationId: string }): ReassignTaskCommand {
    return new ReassignTaskCommand(input.taskId, input.officer, input.actor, input.correlationId);
  }
}
