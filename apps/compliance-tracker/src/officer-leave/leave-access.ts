import { ForbiddenException } from '@nestjs/common';
import type { AuthenticatedOfficer } from '../staff-auth/authenticate-officer';

/** Managers handle anyone's leave; a CMO only their own (the controllers admit no other role). */
export function mayHandleLeaveOf(actor: AuthenticatedOfficer, officerUsername: string): boolean {
  return actor.role === 'MANAGER' || (actor.role === 'CMO' && actor.username === officerUsername);
}

export function assertMayHandleLeaveOf(actor: AuthenticatedOfficer, officerUsername: string): void {
  if (!mayHandleLeaveOf(actor, officerUsername)) {
    throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `role ${actor.role} may handle only their own leave` });
  }
}
