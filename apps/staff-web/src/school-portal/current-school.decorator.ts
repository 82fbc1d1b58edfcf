import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { SchoolSession } from '../auth/session-user';

/** The school signed in with its key, in a /school handler (AuthGuard has let only a school's session in). */
export const CurrentSchool = createParamDecorator((_data: unknown, ctx: ExecutionContext): SchoolSession => {
  const school = ctx.switchToHttp().getRequest<Request>().session?.school;
  if (!school) throw new UnauthorizedException();
  return school;
});
