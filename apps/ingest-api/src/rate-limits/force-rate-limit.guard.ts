import { FixedWindow, FixedWindowCounter } from '@homeward/platform';
import { CanActivate, ExecutionContext, HttpException, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ForceRequest } from '../api-keys/authenticate-force';
import { IngestConfig } from '../ingest.config';

/**
 * Caps each force's requests per window (after ForceAuthGuard has named the force).
 * If Redis cannot count, the request goes through: refusing a missing-child report because
 * a counter is unavailable would be the worse failure.
 */
@Injectable()
export class ForceRateLimitGuard implements CanActivate {
  private readonly logger = new Logger('RateLimit');
  private readonly window: FixedWindow;

  constructor(
    private readonly counter: FixedWindowCounter,
    config: IngestConfig,
  ) {
    this.window = { name: 'ingest-rate', limit: config.rateLimitPerForce, windowMs: config.rateLimitWindowMs };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ForceRequest>();
    const verdict = await this.counter.hit(this.window, req.force).catch((error: unknown) => {
      this.logger.warn({ force: req.force, error: error instanceof Error ? error.message : String(error) }, 'rate limit not counted');
      return null;
    });
    if (!verdict || verdict.allowed) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
    throw new HttpException(
      { statusCode: 429, error: 'Too Many Requests', message: `rate limit for this force reached; retry after ${verdict.retryAfterSeconds} s` },
      429,
    );
  }
}
