import { HttpException, INestApplication, NestMiddleware, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { validationFailed } from './validation';
import type { NestExpressApplication } from '@nestjs/platform-express';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message: string;
}

function tooLarge(limit: number): PayloadTooLargeException {
  return new PayloadTooLargeException({
    statusCode: 413,
    error: 'Payload Too Large',
    message: `the body is over ${limit} bytes`,
    problems: [{ field: 'body', reason: `larger than ${limit} bytes` }],
  });
}

/**
 * The JSON parser with our size limit, set before Nest adds its default one. A body whose
 * Content-Length is over the limit is refused at once, unread, and the connection closed.
 * A chunked one is counted as it arrives: body-parser stops keeping it at the limit and
 * discards the rest (it answers once the upload ends, so the client sees the 413).
 */
export function configureBodyLimits(app: INestApplication, limit: number): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (Number(req.headers['content-length'] ?? 0) <= limit) return next();
    res.setHeader('Connection', 'close');
    next(tooLarge(limit));
  });
  (app as NestExpressApplication).useBodyParser('json', { limit });
  app.use((error: BodyParserError | undefined, _req: Request, _res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') return next(tooLarge(limit));
    if (error?.type === 'entity.parse.failed') return next(validationFailed([{ field: 'body', reason: 'body is not valid JSON' }]));
    // Other client faults body-parser names (unsupported charset or encoding, aborted upload) keep their 4xx.
    if (error?.expose && error.status && error.status < 500) {
      return next(new HttpException({ statusCode: error.status, error: error.type ?? 'Bad Request', message: error.message }, error.status));
    }
    next(error);
  });
}

/** What senders post is JSON: anything else is refused, not guessed at. */
export class RequireJson implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    if (!req.is('application/json')) {
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'send the body as Content-Type: application/json',
        problems: [{ field: 'content-type', reason: 'must be application/json' }],
      });
    }
    next();
  }
}
