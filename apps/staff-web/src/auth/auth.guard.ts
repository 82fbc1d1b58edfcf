import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { setUserLocals } from '../web/current-user';
import { isPublicPath, isSchoolPath } from './public-paths';
import { ROLES_KEY } from './roles.decorator';
import type { StaffWebRole } from './session-user';
import { TokenRefresh } from './token-refresh';

/**
 * The one place pages are guarded: every route but the public ones needs a signed-in session
 * (401 → the error filter sends the person to sign-in), a fresh staff token, and, where the
 * handler or controller says `@Roles(...)`, one of those roles (403 page). A school's session
 * (signed in with its key) reaches /school pages only, and a staff session never reaches them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly refresh: TokenRefresh,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    if (isPublicPath(req.path)) return true;
    // A school's session and a staff user's are two kinds: each reaches its own pages only.
    if (isSchoolPath(req.path)) {
      if (req.session?.school) return true;
      if (req.session?.user) throw new ForbiddenException();
      throw new UnauthorizedException();
    }
    if (!req.session?.user) {
      // The front door sends a school on to its pages; every staff page refuses a school (403, not sign-in).
      if (req.session?.school && req.path === '/') return true;
      if (req.session?.school) throw new ForbiddenException();
      throw new UnauthorizedException();
    }

    await this.refresh.ifDue(req);
    const user = req.session.user;
    setUserLocals(context.switchToHttp().getResponse<Response>(), user, req.path);

    const roles = this.reflector.getAllAndOverride<StaffWebRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException();
    return true;
  }
}
