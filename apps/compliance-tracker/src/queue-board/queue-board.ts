import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueFactory, wakeUpQueue } from '@homeward/platform';
import { HttpException, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { deadlineStepKind, DeadlineSteps } from '../deadline-alarms/deadline-steps';
import { LEAVE_START } from '../officer-leave/start-leave/leave-start.wake-up';
import { PLACING_AUTHORITY_REPLY_CHASE } from '../placing-authority-requests/chase-reply/reply-chase.wake-up';
import { admitOfficer, AuthenticateOfficer } from '../staff-auth/authenticate-officer';

export const QUEUE_BOARD_PATH = '/admin/queues';
/** The queues of the app's wake-up kinds, and the platform's sweep that repairs them. */
export const BOARD_QUEUES = [...[...DeadlineSteps.map(deadlineStepKind), LEAVE_START, PLACING_AUTHORITY_REPLY_CHASE].map(wakeUpQueue), 'wake-up-sweep'];

/**
 * bull-board over the compliance queues, for managers only. It is express middleware, not a
 * Nest controller, so the staff guard cannot sit in front of it: the same admission check runs
 * as middleware instead. Browsers get a Basic prompt (key as password) since they cannot send a
 * bearer header on navigation.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly queues: QueueFactory,
    private readonly authenticate: AuthenticateOfficer,
  ) {}

  onModuleInit(): void {
    // The officers CLI boots this module without an HTTP server: there is nothing to mount on.
    const server = this.http.httpAdapter;
    if (!server) return;
    const board = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: BOARD_QUEUES.map((name) => new BullMQAdapter(this.queues.queue(name), { readOnlyMode: false })),
      serverAdapter: board,
    });
    server.getInstance().use(QUEUE_BOARD_PATH, (req: Request, res: Response, next: NextFunction) => void this.admit(req, res, next), board.getRouter());
  }

  private async admit(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      await admitOfficer(this.authenticate, req.header('authorization'), ['MANAGER']);
      next();
    } catch (error) {
      if (!(error instanceof HttpException)) return next(error);
      if (error.getStatus() === 401) res.setHeader('WWW-Authenticate', 'Basic realm="Homeward queues", charset="UTF-8"');
      res.status(error.getStatus()).json(error.getResponse());
    }
  }
}
