import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Synchroniser tokens (kept in the session): every non-GET must carry `_csrf` in its form body
 * (or an `x-csrf-token` header from a script). A refusal is an error with status 403 and code
 * EBADCSRFTOKEN, which the error filter renders.
 */
const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) => {
    const fromBody = (req.body as { _csrf?: unknown } | undefined)?._csrf;
    return typeof fromBody === 'string' ? fromBody : req.header('x-csrf-token');
  },
});

/** Puts the session's token in res.locals.csrfToken for every form the page renders. */
export function exposeCsrfToken(req: Request, res: Response): void {
  if (req.session) res.locals.csrfToken = generateToken(req);
}

const exposeToken: RequestHandler = (req, res, next) => {
  exposeCsrfToken(req, res);
  next();
};

export function csrfProtection(): RequestHandler[] {
  return [csrfSynchronisedProtection, exposeToken];
}
