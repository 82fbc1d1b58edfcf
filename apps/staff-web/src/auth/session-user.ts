/** The roles staff-web knows (the staff directory's, with the protocol administrators). */
export const STAFF_WEB_ROLES = ['CMO', 'MANAGER', 'READ_ONLY', 'PROTOCOL_ADMIN'] as const;
export type StaffWebRole = (typeof STAFF_WEB_ROLES)[number];

export const ROLE_LABELS: Record<StaffWebRole, string> = {
  CMO: 'Children missing officer',
  MANAGER: 'Manager',
  READ_ONLY: 'Read only',
  PROTOCOL_ADMIN: 'Protocol administrator',
};

/** Who is signed in, as kept in their server-side session (never in the cookie). */
export interface SessionUser {
  /** The staff token every service call carries. */
  token: string;
  /** ISO instant the token stops working; refreshed before then. */
  expiresAt: string;
  username: string;
  displayName: string;
  role: StaffWebRole;
}

/** A success (or other) message shown once, on the page after a redirect. */
export interface FlashNotification {
  type?: 'success' | 'important';
  title?: string;
  heading: string;
  text?: string;
}

/** An OpenID Connect sign-in under way: what the callback must match, kept server-side until it comes back. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go once signed in (already made safe). */
  returnTo: string;
}

/**
 * A school's staff signed in with the school's key (the LA issues it with `school-keys create`):
 * a session of another kind than a staff user's, for the school's own pages (/school) only. The key
 * is what the school's returns are sent with, so it stays here, server-side in Redis: never in
 * the cookie, a page or a log.
 */
export interface SchoolSession {
  kind: 'school';
  urn: string;
  name: string;
  key: string;
}

/** The answer to a school's last return, for its confirmation page after the redirect. */
export interface SchoolReturnReceipt {
  kind: string;
  pupilName: string;
  late: boolean;
  caseReference?: string;
  deletion?: { mayDelete: boolean; twentiethSchoolDay: string; schoolDaysAbsent: number; stillMissing: string[] };
}

declare module 'express-session' {
  interface SessionData {
    user?: SessionUser;
    school?: SchoolSession;
    schoolReceipt?: SchoolReturnReceipt;
    flash?: FlashNotification;
    oidc?: PendingOidcSignIn;
  }
}
