import { SetMetadata } from '@nestjs/common';
import type { StaffWebRole } from './session-user';

export const ROLES_KEY = 'staff-web:roles';

/** Who may use a page or action: `@Roles('MANAGER', 'CMO')` on a controller or a handler. Checked in AuthGuard only. */
export const Roles = (...roles: StaffWebRole[]) => SetMetadata(ROLES_KEY, roles);
