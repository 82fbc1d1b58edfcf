import { Clock } from '@homeward/contracts';
import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Provider,
  SetMetadata,
  Type,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { StaffIdentity, StaffRole, StaffTokenRejected, StaffTokens } from './staff-tokens';

const ROLES = 'homeward:staff-roles';
const TOKEN_IN_QUERY = 'homeward:staff-token-in-query';
const WHERE_TO_GET_ONE = "compliance-tracker's POST /v1/staff/token";

/** Roles allowed on a handler (or a whole controller); without it any staff role may call. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

/** Also accept the token as `?access_token=`: only for an event stream, since EventSource cannot send headers. */
export const AcceptsTokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);

export interface StaffRequest extends Request {
  staff: StaffIdentity;
  staffTokenExpiresAt: Date;
}

/** The staff member the guard authenticated. */
export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<StaffRequest>().staff);

/** When the caller's token stops working: a stream opened with it must end then. */
export const StaffTokenExpiresAt = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<StaffRequest>().staffTokenExpiresAt);

/**
 * What the guard needs from the app: the shared STAFF_TOKEN_SECRET. An app's config class has
 * this property, so the app provides its config under this token (see staffTokenGuardProviders).
 */
export abstract class StaffTokenSecret {
  abstract readonly staffTokenSecret: string;
}

/** The guard and its secret, taken from the app's config class (validated at boot there). */
export function staffTokenGuardProviders(config: Type<StaffTokenSecret>): Provider[] {
  return [{ provide: StaffTokenSecret, useExisting: config }, StaffTokenGuard];
}

/**
 * Staff call with a token from the staff directory (`Authorization: Bearer <jwt>`), verified here
 * with the shared STAFF_TOKEN_SECRET: no database, no call to compliance-tracker. 401 without a
 * valid token, 403 when the token's role is not among the handler's Roles.
 */
@Injectable()
export class StaffTokenGuard implements CanActivate {
  private readonly tokens: StaffTokens;

  constructor(
    secret: StaffTokenSecret,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {
    this.tokens = new StaffTokens(secret.staffTokenSecret);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<StaffRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const token = bearerOf(req.header('authorization')) ?? (this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, targets) ? queryTokenOf(req) : undefined);
    const { staff, expiresAt } = this.verify(token, http.getResponse<Response>());
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(staff.role)) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `role ${staff.role} may not do this; needs ${allowed.join(' or ')}` });
    }
    req.staff = staff;
    req.staffTokenExpiresAt = expiresAt;
    return true;
  }

  private verify(token: string | undefined, res: Response): { staff: StaffIdentity; expiresAt: Date } {
    const refuse = (message: string, error?: string): never => {
      res.setHeader('WWW-Authenticate', `Bearer realm="homeward-staff"${error ? `, error="${error}"` : ''}`);
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message });
    };
    if (!token) return refuse(`a staff token is required: Authorization: Bearer <token>, from ${WHERE_TO_GET_ONE}`);
    try {
      return this.tokens.verifyWithExpiry(token, this.clock.now());
    } catch (error) {
      if (!(error instanceof StaffTokenRejected)) throw error;
      return refuse(`${error.message}: get a new one from ${WHERE_TO_GET_ONE}`, 'invalid_token');
    }
  }
}

function bearerOf(authorization: string | undefined): string | undefined {
  const [scheme, token] = (authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}

function queryTokenOf(req: Request): string | undefined {
  const token = req.query.access_token;
  return typeof token === 'string' && token ? token : undefined;
}
