import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueFactory, refuseTooManyUnauthenticated, UnauthenticatedLimit, WakeUps } from '@homeward/platform';
import { HttpException, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { admitOfficer, AuthenticateOfficer } from '../staff-auth/authenticate-officer';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * bull-board over the compliance queues, for managers only. It is express middleware, not a
 * Nest controller, so the staff guard cannot sit in front of it: the same admission check runs
 * as middleware instead. Browsers get a Basic prompt (key as password) since they cannot send a
 * bearer header on navigation. Its 401s count towards the address's unauthenticated limit like
 * every other: the board takes the same staff keys, so it must not be the one door a guesser can
 * knock on without limit.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly queues: QueueFactory,
    private readonly wakeUps: WakeUps,
    private readonly authenticate: AuthenticateOfficer,
    private readonly limit: UnauthenticatedLimit,
  ) {}

  onModuleInit(): void {
    const server = this.http.httpAdapter;
    if (!server) return;
    const board = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    const { replaceQueues } = createBullBoard({ queues: [], serverAdapter: board });
    // The kinds register as their features start: the board lists whatever is registered when a manager opens it.
    const showRegistered = () => replaceQueues(this.wakeUps.queueNames().map((name) => new BullMQAdapter(this.queues.queue(name), { readOnlyMode: false })));
    server.getInstance().use(QUEUE_BOARD_PATH, (req: Request, res: Response, next: NextFunction) => void this.admit(req, res, next, showRegistered), board.getRouter());
  }

  private async admit(req: Request, res: Response, next: NextFunction, beforeShowing: () => void): Promise<void> {
    try {
      await admitOfficer(this.authenticate, req.header('authorization'), ['MANAGER']);
      beforeShowing();
      next();
    } catch (error) {
      if (!(error instanceof HttpException)) return next(error);
      const retryAfter = error.getStatus() === 401 ? await this.limit.refused(req) : null;
      if (retryAfter !== null) return refuseTooManyUnauthenticated(res, retryAfter);
      if (error.getStatus() === 401) res.setHeader('WWW-Authenticate', 'Basic realm="Homeward queues", charset="UTF-8"');
      res.status(error.getStatus()).json(error.getResponse());
    }
  }
}
