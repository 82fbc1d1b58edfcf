import type { RequestHandler, Response } from 'express';
import { ROLE_LABELS, SchoolSession, SessionUser, StaffWebRole } from '../auth/session-user';

export interface NavigationItem {
  href: string;
  text: string;
  roles?: StaffWebRole[];
}

/** The service navigation: a page a role may not use is not shown (and AuthGuard refuses it). */
export const NAVIGATION: NavigationItem[] = [
  { href: '/tasks', text: 'My work and team queue' },
  { href: '/children/search', text: 'Find a child' },
  { href: '/meeting-lists', text: 'Meeting lists', roles: ['CMO', 'MANAGER', 'READ_ONLY'] },
  { href: '/cme', text: 'Children missing education', roles: ['CMO', 'MANAGER', 'READ_ONLY'] },
  { href: '/alerts', text: 'Alerts' },
  { href: '/compliance', text: 'Compliance' },
  { href: '/leave', text: 'Leave and cover', roles: ['MANAGER', 'CMO'] },
  { href: '/protocol', text: 'Protocol', roles: ['PROTOCOL_ADMIN', 'MANAGER'] },
  { href: '/reports', text: 'Reports', roles: ['CMO', 'MANAGER', 'READ_ONLY'] },
];

/** What the layout needs of the signed-in person, never the token. */
export function setUserLocals(res: Response, user: SessionUser | undefined, path: string): void {
  if (!user) {
    res.locals.user = undefined;
    res.locals.navigation = [];
    return;
  }
  res.locals.user = { username: user.username, displayName: user.displayName, role: user.role, roleLabel: ROLE_LABELS[user.role] ?? user.role };
  res.locals.navigation = NAVIGATION.filter((item) => !item.roles || item.roles.includes(user.role)).map((item) => ({
    href: item.href,
    text: item.text,
    active: path === item.href || path.startsWith(`${item.href}/`),
  }));
}

/** What the layout needs of a school signed in with its key: its name and URN, never the key. */
export function setSchoolLocals(res: Response, school: SchoolSession | undefined): void {
  res.locals.school = school ? { urn: school.urn, name: school.name } : undefined;
}

export const currentUser: RequestHandler = (req, res, next) => {
  setUserLocals(res, req.session?.user, req.path);
  setSchoolLocals(res, req.session?.school);
  next();
};
