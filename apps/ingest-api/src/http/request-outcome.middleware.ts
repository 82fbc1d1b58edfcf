import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const SENDER_ID = /^[\w.:\-/]{1,100}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One line per notification request: which force, which notification, what came of it.
 * Never the body: it holds the child's name, date of birth, location and free text.
 */
@Injectable()
export class RequestOutcomeLogger implements NestMiddleware {
  private readonly logger = new Logger('NotificationRequests');

  use(req: Request, res: Response, next: NextFunction): void {
    res.on('finish', () => {
      const body = req.body as { notificationId?: unknown } | undefined;
      const sent = typeof body?.notificationId === 'string' && SENDER_ID.test(body.notificationId) ? body.notificationId : undefined;
      const id = /\/v1\/notifications\/([^/?]+)/.exec(req.originalUrl)?.[1];
      this.logger.log(
        {
          force: (req as Request & { force?: string }).force ?? null,
          notificationId: sent ?? null,
          id: id && UUID.test(id) ? id : null,
          method: req.method,
          outcome: res.statusCode,
        },
        'notification request',
      );
    });
    next();
  }
}
