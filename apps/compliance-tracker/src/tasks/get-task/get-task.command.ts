import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

/** One task, read by an officer: what they see of it depends on their role. */
export class GetTaskCommand {
  private constructor(
    readonly taskId: string,
    readonly viewer: AuthenticatedOfficer,
  ) {}

  static create(input: { taskId: string; viewer: AuthenticatedOfficer }): GetTaskCommand {
    return new GetTaskCommand(input.taskId, input.viewer);
  }
}
