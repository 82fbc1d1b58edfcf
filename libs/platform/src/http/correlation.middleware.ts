import type { NextFunction, Request, Response } from 'express';
import { Correlation } from '../logging';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes the caller's correlation id (or makes one), echoes it, and scopes the request in it. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header(Correlation.header);
  const id = given && SAFE_ID.test(given) ? given : undefined;
  Correlation.run(id, () => {
    const current = Correlation.currentOrNew();
    res.setHeader(Correlation.header, current);
    res.setHeader('x-request-id', current);
    next();
  });
}
