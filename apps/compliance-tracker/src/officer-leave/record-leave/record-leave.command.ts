import { FieldProblem, validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { assertMayHandleLeaveOf } from '../leave-access';
import { RecordLeaveDto } from './record-leave.dto';

/** A leave period a manager (or a CMO, their own) records: it ends after it starts, and nobody covers themselves. */
export class RecordLeaveCommand {
  private constructor(
    readonly officer: string,
    readonly startsAt: Date,
    readonly endsAt: Date,
    readonly cover: string | null,
    readonly recordedBy: AuthenticatedOfficer,
  ) {}

  static create(input: { leave: RecordLeaveDto; recordedBy: AuthenticatedOfficer }): RecordLeaveCommand {
    const { officer, startsAt, endsAt, cover } = input.leave;
    assertMayHandleLeaveOf(input.recordedBy, officer);
    const problems: FieldProblem[] = [];
    if (Date.parse(endsAt) <= Date.parse(startsAt)) problems.push({ field: 'endsAt', reason: 'endsAt must be after startsAt' });
    if (cover === officer) problems.push({ field: 'cover', reason: 'an officer cannot cover their own leave' });
    if (problems.length > 0) throw validationFailed(problems);
    return new RecordLeaveCommand(officer, new Date(startsAt), new Date(endsAt), cover ?? null, input.recordedBy);
  }
}
