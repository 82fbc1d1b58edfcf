import { Clock } from '@homeward/contracts';
import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ComplianceTrackerClient } from '../data/compliance-tracker.client';
import { AuthGuard } from './auth.guard';
import { Roles } from './roles.decorator';
import type { SchoolSession, SessionUser, StaffWebRole } from './session-user';
import { TokenRefresh } from './token-refresh';

class LeavePages {
  @Roles('MANAGER', 'CMO')
  list(): void {
    // a page only managers and CMOs use
  }

  open(): void {
    // a page any signed-in role uses
  }
}

const now = new Date('2026-12-01T09:00:00Z');
const clock: Clock = { now: () => now };

function user(role: StaffWebRole): SessionUser {
  return { token: 't', expiresAt: new Date(now.getTime() + 3_600_000).toISOString(), username: 'sam', displayName: 'Sam Taylor', role };
}

const school: SchoolSession = { kind: 'school', urn: '140123', name: 'Riverside Academy', key: `hws_${'R'.repeat(43)}` };

function contextFor(path: string, handler: keyof LeavePages, sessionUser?: SessionUser, schoolSession?: SchoolSession): ExecutionContext {
  const req = { path, session: { user: sessionUser, school: schoolSession } };
  const res = { locals: {} };
  return {
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
    getHandler: () => LeavePages.prototype[handler],
    getClass: () => LeavePages,
  } as unknown as ExecutionContext;
}

describe('who may use a page (the one place roles are checked)', () => {
  const directory = { refreshToken: jest.fn() } as unknown as ComplianceTrackerClient;
  const guard = new AuthGuard(new Reflector(), new TokenRefresh(directory, clock));

  it('refuses a role the page does not name', async () => {
    await expect(guard.canActivate(contextFor('/leave', 'list', user('READ_ONLY')))).rejects.toThrow(ForbiddenException);
  });

  it('lets in a role the page names', async () => {
    await expect(guard.canActivate(contextFor('/leave', 'list', user('MANAGER')))).resolves.toBe(true);
  });

  it('lets in any signed-in role where the page names none', async () => {
    await expect(guard.canActivate(contextFor('/tasks', 'open', user('READ_ONLY')))).resolves.toBe(true);
  });

  it('sends someone not signed in to sign-in (401), but never from the sign-in page itself', async () => {
    await expect(guard.canActivate(contextFor('/leave', 'list'))).rejects.toThrow(UnauthorizedException);
    await expect(guard.canActivate(contextFor('/sign-in', 'open'))).resolves.toBe(true);
  });

  it("keeps a school's session (signed in with its key) to the school's pages, and staff away from them", async () => {
    await expect(guard.canActivate(contextFor('/school/returns/deletion', 'open', undefined, school))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor('/tasks', 'open', undefined, school))).rejects.toThrow(ForbiddenException);
    await expect(guard.canActivate(contextFor('/leave', 'list', undefined, school))).rejects.toThrow(ForbiddenException);
    await expect(guard.canActivate(contextFor('/school', 'open', user('MANAGER')))).rejects.toThrow(ForbiddenException);
    await expect(guard.canActivate(contextFor('/school', 'open'))).rejects.toThrow(UnauthorizedException);
    await expect(guard.canActivate(contextFor('/school/sign-in', 'open'))).resolves.toBe(true);
  });
});
