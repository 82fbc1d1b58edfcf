import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

export class ClaimTaskCommand {
  private constructor(
    readonly taskId: string,
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { taskId: string; actor: AuthenticatedOfficer; correlationId: string }): ClaimTaskCommand {
    return new ClaimTaskCommand(input.taskId, input.actor, input.correlationId);
  }
}
