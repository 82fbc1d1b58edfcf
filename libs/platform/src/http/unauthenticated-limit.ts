import { ArgumentsHost, Catch, ExceptionFilter, Inject, Injectable, Logger, NestMiddleware, UnauthorizedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ServiceConfig } from '../config';
import { SERVICE_NAME } from '../service-name';
import { FixedWindow, FixedWindowCounter } from './fixed-window-counter';

/**
 * Probes and scrapers call these from one address without credentials, and they carry no
 * personal data: never refused, so an attacker sharing the prober's address cannot take the
 * service out of its load balancer.
 */
const OPEN_PATHS = /^\/(health\/|metrics$|docs($|[/-]))/;

/**
 * Requests without valid credentials, counted per client address (Express's `req.ip`, so
 * TRUST_PROXY decides whether X-Forwarded-For is believed) in Redis, shared by the replicas.
 * Only refusals count: a caller whose key or token is valid is never counted nor refused. If
 * Redis cannot count, the request goes on with a warning: locking out staff or a police force
 * because a counter is unavailable would be the worse failure.
 */
@Injectable()
export class UnauthenticatedLimit {
  private readonly logger = new Logger('UnauthenticatedLimit');
  private readonly window: FixedWindow;

  constructor(
    private readonly counter: FixedWindowCounter,
    config: ServiceConfig,
    @Inject(SERVICE_NAME) service: string,
  ) {
    this.window = { name: `unauthenticated-${service}`, limit: config.unauthenticatedLimitPerIp, windowMs: config.unauthenticatedLimitWindowSeconds * 1000 };
  }

  /** Seconds to wait when the address has used up its window, before any work is done for it; else null. */
  async blocked(req: Request): Promise<number | null> {
    return this.verdict(() => this.counter.peek(this.window, addressOf(req)));
  }

  /** Counts a request refused for its credentials; seconds to wait when that was one too many, else null. */
  async refused(req: Request): Promise<number | null> {
    return this.verdict(() => this.counter.hit(this.window, addressOf(req)));
  }

  private async verdict(count: () => Promise<{ allowed: boolean; retryAfterSeconds: number }>): Promise<number | null> {
    try {
      const verdict = await count();
      return verdict.allowed ? null : verdict.retryAfterSeconds;
    } catch (error) {
      this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'unauthenticated requests not counted');
      return null;
    }
  }
}

/** How every such 429's message starts: a caller tells it from other 429s (a cap on streams) by it. */
export const UNAUTHENTICATED_LIMIT_MESSAGE = 'too many requests without valid credentials from this address';

/** The 429 every service gives an address past its limit. */
export function refuseTooManyUnauthenticated(res: Response, retryAfterSeconds: number): void {
  res.removeHeader('WWW-Authenticate');
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(429).json({
    statusCode: 429,
    error: 'Too Many Requests',
    message: `${UNAUTHENTICATED_LIMIT_MESSAGE}; retry after ${retryAfterSeconds} s`,
  });
}

/**
 * A request carrying no credential at all from an address past its limit is refused here,
 * before any work (a sign-in's password hash included). One with a key or token goes on: the
 * guard tells a valid one (served) from a bad one (counted, and 429 by the filter below).
 */
@Injectable()
export class UnauthenticatedLimitMiddleware implements NestMiddleware {
  constructor(private readonly limit: UnauthenticatedLimit) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (OPEN_PATHS.test(req.originalUrl.split('?')[0]) || carriesCredential(req)) return next();
    const retryAfter = await this.limit.blocked(req);
    if (retryAfter === null) return next();
    refuseTooManyUnauthenticated(res, retryAfter);
  }
}

/** Every 401 (no key, a bad or expired key or token, a failed sign-in) is counted; the one past the limit becomes a 429. */
@Catch(UnauthorizedException)
export class UnauthenticatedLimitFilter implements ExceptionFilter {
  constructor(private readonly limit: UnauthenticatedLimit) {}

  async catch(exception: UnauthorizedException, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const retryAfter = await this.limit.refused(http.getRequest<Request>());
    if (retryAfter !== null) return refuseTooManyUnauthenticated(res, retryAfter);
    res.status(401).json(exception.getResponse());
  }
}

function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function carriesCredential(req: Request): boolean {
  return Boolean(req.headers.authorization) || typeof req.query?.access_token === 'string';
}
