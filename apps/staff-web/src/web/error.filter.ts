import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isPublicPath, signInPathFor } from '../auth/public-paths';
import { ApiProblem, ApiUnavailable, SessionExpired } from '../data/api-errors';
import { exposeCsrfToken } from './csrf';
import { setSchoolLocals, setUserLocals } from './current-user';
import { SESSION_COOKIE } from './session';

/** The status an error stands for: Nest's exceptions, csrf-sync's and body-parser's `status`, the data clients' errors. */
function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  if (error instanceof ApiProblem) return error.status === 404 || error.status === 403 ? error.status : 500;
  if (error instanceof ApiUnavailable) return 503;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

const PAGES: Record<number, string> = { 400: 'problem', 403: 'forbidden', 404: 'not-found', 500: 'problem', 503: 'problem' };

/**
 * Every error ends here, whether thrown by a page or passed on by Express middleware (CSRF,
 * body parsing): not signed in or session over → sign-in with returnTo; otherwise the GOV.UK
 * 403, 404 or "problem with the service" page, in the layout, without the error's details.
 */
@Catch()
export class ErrorPagesFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorPages');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;

    const status = statusOf(error);
    // As in the template, authentication comes before routing: a stranger meets sign-in, not a 404.
    const anonymous = !req.session?.user && !req.session?.school && !isPublicPath(req.path);
    const csrf = (error as { code?: unknown } | null)?.code === 'EBADCSRFTOKEN';
    // A form sent after the session timed out fails its CSRF check (the token went with the
    // session): what the person needs then is to sign in again, not "your form could not be sent".
    if (error instanceof SessionExpired || status === 401 || (anonymous && (status === 404 || csrf))) {
      const returnTo = req.method === 'GET' ? `?returnTo=${encodeURIComponent(req.originalUrl)}` : '';
      const redirect = () => res.redirect(req.method === 'GET' ? 302 : 303, `${signInPathFor(req.path)}${returnTo}`);
      if (error instanceof SessionExpired && req.session) {
        req.session.destroy(() => {
          res.clearCookie(SESSION_COOKIE);
          redirect();
        });
      } else {
        redirect();
      }
      return;
    }

    // Messages only: an error's fields may carry a child's details.
    if (status >= 500) this.logger.error({ status, error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' }, 'page failed');
    // Errors raised before those middlewares ran (CSRF itself) still get the layout's user and token.
    if (res.locals.user === undefined) setUserLocals(res, req.session?.user, req.path);
    if (res.locals.school === undefined) setSchoolLocals(res, req.session?.school);
    if (res.locals.csrfToken === undefined) exposeCsrfToken(req, res);
    res.status(status).render('views/error.njk', { status, page: csrf ? 'csrf' : (PAGES[status] ?? 'problem') });
  }
}
