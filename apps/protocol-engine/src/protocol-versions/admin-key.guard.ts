import { StaffRequest, StaffTokenGuard } from '@homeward/platform';
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { ProtocolEngineConfig } from '../protocol-engine.config';

/** The admin the request's key or staff token belongs to; the audit trail records this name. */
export type AdminRequest = Request & { admin?: string };

const looksLikeJwt = (token: string): boolean => token.split('.').length === 3;

/**
 * Protocol administration: `Authorization: Bearer <key>` (the key names the admin), or a staff
 * token whose role the handler's Roles allow (PROTOCOL_ADMIN; the token's username is the admin).
 */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly admins: { name: string; key: Buffer }[];

  constructor(
    config: ProtocolEngineConfig,
    private readonly staffTokens: StaffTokenGuard,
  ) {
    this.admins = config.protocolAdminKeys.map((entry) => {
      const at = entry.indexOf(':');
      return { name: entry.slice(0, at), key: Buffer.from(entry.slice(at + 1)) };
    });
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const bearer = scheme === 'Bearer' && token ? token : '';
    const given = Buffer.from(bearer);
    const admin = this.admins.find((a) => a.key.length === given.length && timingSafeEqual(a.key, given));
    if (admin) {
      request.admin = admin.name;
      return true;
    }
    if (!looksLikeJwt(bearer)) {
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'an admin key or a staff token with role PROTOCOL_ADMIN is required: Authorization: Bearer <key or token>',
      });
    }
    // A staff token: 401 when not valid (expired says so), 403 when its role is not allowed here.
    this.staffTokens.canActivate(context);
    request.admin = (request as unknown as StaffRequest).staff.staffId;
    return true;
  }
}
