import { validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { ChangeLeaveDto } from './change-leave.dto';

/** A change to a leave: its dates, its cover, or both. `cover` undefined: unchanged; null: the team queue. */
export class ChangeLeaveCommand {
  private constructor(
    readonly leaveId: string,
    readonly startsAt: Date | undefined,
    readonly endsAt: Date | undefined,
    readonly cover: string | null | undefined,
    readonly actor: AuthenticatedOfficer,
  ) {}

  static create(input: { leaveId: string; change: ChangeLeaveDto; actor: AuthenticatedOfficer }): ChangeLeaveCommand {
    const { startsAt, endsAt, coverUsername } = input.change;
    if (startsAt === undefined && endsAt === undefined && coverUsername === undefined) {
      throw validationFailed([{ field: 'startsAt', reason: 'give startsAt, endsAt or coverUsername to change' }]);
    }
    const date = (s: string | undefined) => (s === undefined ? undefined : new Date(s));
    return new ChangeLeaveCommand(input.leaveId, date(startsAt), date(endsAt), coverUsername, input.actor);
  }
}
