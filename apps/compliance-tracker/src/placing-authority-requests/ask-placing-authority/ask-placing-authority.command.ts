import { validationFailed } from '@homeward/platform';
import type { AuthenticatedOfficer } from '../../staff-auth/authenticate-officer';
import { AskPlacingAuthorityDto } from './ask-placing-authority.dto';

/** A request to the placing authority for its CSE risk assessment and risk management plan, already made. */
export class AskPlacingAuthorityCommand {
  private constructor(
    readonly taskId: string,
    readonly placingAuthority: string,
    readonly contact: string,
    readonly contactEmail: string | null,
    readonly askedAt: Date,
    readonly actor: AuthenticatedOfficer,
  ) {}

  static create(input: { taskId: string; request: AskPlacingAuthorityDto; actor: AuthenticatedOfficer; now: Date }): AskPlacingAuthorityCommand {
    const { placingAuthority, contact, contactEmail, askedAt } = input.request;
    if (Date.parse(askedAt) > input.now.getTime()) throw validationFailed([{ field: 'askedAt', reason: 'askedAt must not be in the future' }]);
    return new AskPlacingAuthorityCommand(input.taskId, placingAuthority.trim(), contact.trim(), contactEmail ?? null, new Date(askedAt), input.actor);
  }
}
