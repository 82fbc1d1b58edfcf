import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { ProtocolEngineConfig } from '../protocol-engine.config';

/** The admin the request's key belongs to; the audit trail records this name. */
export type AdminRequest = Request & { admin?: string };

/** Protocol administration: `Authorization: Bearer <key>`, the key names the admin. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly admins: { name: string; key: Buffer }[];

  constructor(config: ProtocolEngineConfig) {
    this.admins = config.protocolAdminKeys.map((entry) => {
      const at = entry.indexOf(':');
      return { name: entry.slice(0, at), key: Buffer.from(entry.slice(at + 1)) };
    });
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const given = Buffer.from(scheme === 'Bearer' && token ? token : '');
    const admin = this.admins.find((a) => a.key.length === given.length && timingSafeEqual(a.key, given));
    if (!admin) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'an admin key is required: Authorization: Bearer <key>' });
    }
    request.admin = admin.name;
    return true;
  }
}
