import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';

export class CancelLeaveCommand {
  private constructor(
    readonly leaveId: string,
    readonly actor: AuthenticatedOfficer,
  ) {}

  static create(input: { leaveId: string; actor: AuthenticatedOfficer }): CancelLeaveCommand {
    return new CancelLeaveCommand(input.leaveId, input.actor);
  }
}
