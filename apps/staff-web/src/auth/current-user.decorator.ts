import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from './session-user';

/** The signed-in person in a handler: `list(@CurrentUser() user: SessionUser)`; pass `user.token` to the data clients. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionUser => {
  const user = ctx.switchToHttp().getRequest<Request>().session?.user;
  if (!user) throw new UnauthorizedException();
  return user;
});
