import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticateForce } from './authenticate-force.usecase';

export interface ForceRequest extends Request {
  force: string;
}

/** The key decides the force: a request never names its own force. */
@Injectable()
export class ForceAuthGuard implements CanActivate {
  constructor(private readonly authenticate: AuthenticateForce) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ForceRequest>();
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    const key = scheme === 'Bearer' ? await this.authenticate.execute(token) : null;
    if (!key) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: 'a valid API key is required: Authorization: Bearer <key>' });
    }
    if (key.scope !== 'POLICE_NOTIFICATIONS') {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: "this key is a placing authority's: it may post placement notices only" });
    }
    req.force = key.force;
    return true;
  }
}
