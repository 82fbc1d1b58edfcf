import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceConfig } from '../config';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * The last word on every error. HTTP exceptions keep their own answer; PostgreSQL down or
 * timing out becomes 503 with Retry-After (the sender retries, and nothing was accepted);
 * anything else is a 500 in the same shape. Error details are logged by name and message
 * only: a TypeORM error carries the query parameters, which hold the child's personal data.
 */
@Catch()
export class IntakeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly config: ServiceConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      res.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), error: body, message: body } : body);
      return;
    }
    // Not "name"/"message" as keys: the redaction list censors "name" wherever it appears.
    const { code, message } = (typeof exception === 'object' && exception !== null ? exception : {}) as { code?: unknown; message?: unknown };
    const summary = { errorType: (exception as object | undefined)?.constructor?.name ?? typeof exception, code, error: String(message ?? '').slice(0, 200) };
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(summary, 'database unavailable: answered 503');
      res.setHeader('Retry-After', String(this.config.unavailableRetryAfterSeconds));
      res.status(503).json({ statusCode: 503, error: 'Service Unavailable', message: 'temporarily unable to store what was sent; retry later' });
      return;
    }
    this.logger.error(summary, 'unexpected error');
    res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: 'unexpected error' });
  }
}
