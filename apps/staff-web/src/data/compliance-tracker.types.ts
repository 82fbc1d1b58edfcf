import type { StaffWebRole } from '../auth/session-user';

/** POST /v1/staff/sessions, /v1/staff/token, /v1/staff/oidc-sessions. */
export interface StaffTokenView {
  token: string;
  expiresAt: string;
  officer: { username: string; role: StaffWebRole; displayName: string };
}
