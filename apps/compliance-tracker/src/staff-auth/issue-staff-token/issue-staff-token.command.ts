import type { AuthenticatedOfficer } from '../authenticate-officer';

/** An officer who has just proved who they are (key, password, ID token or a current staff token), asking for a staff token. */
export class IssueStaffTokenCommand {
  private constructor(
    readonly actor: AuthenticatedOfficer,
    readonly correlationId: string,
  ) {}

  static create(input: { actor: AuthenticatedOfficer; correlationId: string }): IssueStaffTokenCommand {
    if (!input.actor?.username) throw new Error('a staff token is issued only to an authenticated officer');
    return new IssueStaffTokenCommand(input.actor, input.correlationId);
  }
}
