import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { assertMayHandleLeaveOf } from '../leave-access';
import { ListLeaveQuery } from './list-leave.query';

/** Leave a viewer asks for: a CMO sees only their own, so their list is always scoped to them. */
export class ListLeaveCommand {
  private constructor(
    readonly officer: string | undefined,
    readonly activeAt: Date | undefined,
    readonly page: number,
    readonly pageSize: number,
  ) {}

  static create(input: { query: ListLeaveQuery; viewer: AuthenticatedOfficer }): ListLeaveCommand {
    const { query, viewer } = input;
    if (query.officer) assertMayHandleLeaveOf(viewer, query.officer);
    const officer = viewer.role === 'MANAGER' ? query.officer : viewer.username;
    return new ListLeaveCommand(officer, query.activeAt ? new Date(query.activeAt) : undefined, query.page, query.pageSize);
  }
}
