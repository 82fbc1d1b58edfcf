import type { SessionUser } from '../../auth/session-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Someone opening a child's record (the view is recorded against them, purpose RECORD). */
export class ShowChildRecordCommand {
  private constructor(
    readonly user: SessionUser,
    readonly childId: string,
  ) {}

  /** Undefined for an id that cannot be a child's: the page is simply not there. */
  static create(user: SessionUser, childId: string): ShowChildRecordCommand | undefined {
    return UUID.test(childId) ? new ShowChildRecordCommand(user, childId.toLowerCase()) : undefined;
  }
}
