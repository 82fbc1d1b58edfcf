import { Readiness } from '@homeward/platform';
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SessionRedis } from '../web/session-redis';

@Controller('health')
export class HealthController {
  constructor(
    private readonly readiness: Readiness,
    private readonly redis: SessionRedis,
  ) {}

  /** The process is up. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready for staff: started, not stopping, and Redis (the sessions) answers. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; info: Record<string, { status: string }> }> {
    const lifecycle = this.readiness.acceptingWork;
    const redis = await this.redis.ping();
    const ok = lifecycle && redis;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', info: { lifecycle: { status: lifecycle ? 'up' : 'down' }, redis: { status: redis ? 'up' : 'down' } } };
  }
}
