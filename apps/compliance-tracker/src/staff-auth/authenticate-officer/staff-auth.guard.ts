import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { OfficerRole } from '../officer.entity';
import { AuthenticatedOfficer, AuthenticateOfficer } from './authenticate-officer.usecase';
import { admitOfficer } from './staff-access';

const ROLES = 'homeward:staff-roles';

/** Roles allowed on a handler; without it any authenticated officer (read-only included) may call. */
export const Roles = (...roles: OfficerRole[]) => SetMetadata(ROLES, roles);

interface StaffRequest extends Request {
  officer: AuthenticatedOfficer;
}

/** The officer the guard authenticated. */
export const CurrentOfficer = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<StaffRequest>().officer);

/** Staff authenticate with their own key (`Authorization: Bearer hwo_...`) or a staff token; the role decides what they may do. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly authenticate: AuthenticateOfficer,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<StaffRequest>();
    const allowed = this.reflector.getAllAndOverride<OfficerRole[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    const officer = await admitOfficer(this.authenticate, req.header('authorization'), allowed);
    req.officer = officer;
    return true;
  }
}
