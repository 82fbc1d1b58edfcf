import { Controller, Get, Redirect, Req } from '@nestjs/common';
import type { Request } from 'express';

/** The service's front door is the work queue; for a school signed in with its key, its returns. */
@Controller()
export class HomeController {
  @Get()
  @Redirect('/tasks', 302)
  home(@Req() req: Request): { url: string } | undefined {
    return req.session?.school && !req.session.user ? { url: '/school' } : undefined;
  }
}
