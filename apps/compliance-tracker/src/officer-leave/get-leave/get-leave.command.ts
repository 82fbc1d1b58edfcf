import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

export class GetLeaveCommand {
  private constructor(
    readonly leaveId: string,
    readonly viewer: AuthenticatedOfficer,
  ) {}

  static create(input: { leaveId: string; viewer: AuthenticatedOfficer }): GetLeaveCommand {
    return new GetLeaveCommand(input.leaveId, input.viewer);
  }
}
