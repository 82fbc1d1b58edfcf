import type { Request, RequestHandler } from 'express';
import type { FlashNotification } from '../auth/session-user';

/** After a successful POST: `flash(req, { heading: 'Interview recorded' })`, then redirect; the next page shows the banner. */
export function flash(req: Request, notification: FlashNotification): void {
  req.session.flash = notification;
}

/** Moves a waiting notification into res.locals.notification, once. */
export const flashToLocals: RequestHandler = (req, res, next) => {
  if (req.session?.flash) {
    res.locals.notification = req.session.flash;
    delete req.session.flash;
  }
  next();
};
