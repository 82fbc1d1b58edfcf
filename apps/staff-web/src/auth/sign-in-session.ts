import type { Request } from 'express';
import type { StaffTokenView } from '../data/compliance-tracker.types';
import type { SchoolSession, SessionUser } from './session-user';

export function sessionUserFrom(view: StaffTokenView): SessionUser {
  return {
    token: view.token,
    expiresAt: view.expiresAt,
    username: view.officer.username,
    displayName: view.officer.displayName || view.officer.username,
    role: view.officer.role,
  };
}

/**
 * Starts a signed-in session, whichever way the person signed in (password or OIDC): a new
 * session id (no fixation), the user in it, saved before the redirect that follows.
 */
export function startSignedInSession(req: Request, view: StaffTokenView): Promise<SessionUser> {
  const user = sessionUserFrom(view);
  return new Promise((resolve, reject) => {
    req.session.regenerate((regenerateError) => {
      if (regenerateError) return reject(regenerateError);
      req.session.user = user;
      req.session.save((saveError) => (saveError ? reject(saveError) : resolve(user)));
    });
  });
}

/** Starts a school's session the same way: a new session id, the school (and its key) in it, saved before the redirect. */
export function startSchoolSession(req: Request, school: { urn: string; name: string; key: string }): Promise<SchoolSession> {
  const session: SchoolSession = { kind: 'school', urn: school.urn, name: school.name, key: school.key };
  return new Promise((resolve, reject) => {
    req.session.regenerate((regenerateError) => {
      if (regenerateError) return reject(regenerateError);
      req.session.school = session;
      req.session.save((saveError) => (saveError ? reject(saveError) : resolve(session)));
    });
  });
}

/** Ends the session in Redis; the caller clears the cookie and redirects. */
export function endSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((error) => (error ? reject(error) : resolve())));
}
