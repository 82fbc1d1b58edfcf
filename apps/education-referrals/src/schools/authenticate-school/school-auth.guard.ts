import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { type AuthenticatedSchool, AuthenticateSchool } from './authenticate-school.usecase';

export interface SchoolRequest extends Request {
  school: AuthenticatedSchool;
}

/** The key decides the school: a return never names its own sender. */
@Injectable()
export class SchoolAuthGuard implements CanActivate {
  constructor(private readonly authenticate: AuthenticateSchool) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<SchoolRequest>();
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    const school = scheme === 'Bearer' ? await this.authenticate.execute(token) : null;
    if (!school) {
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: "a school's key is required: Authorization: Bearer <key>" });
    }
    req.school = school;
    return true;
  }
}
