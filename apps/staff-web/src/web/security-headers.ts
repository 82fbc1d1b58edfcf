import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

type WithLocals = ServerResponse & { locals: { cspNonce?: string } };

/** A fresh 16-byte nonce per response, for the inline scripts and styles the templates mark with it. */
const nonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('hex');
  next();
};

const fromLocals = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${(res as WithLocals).locals.cspNonce}'`;

/** Helmet's headers with a CSP that allows only this origin and the nonce: no CDN, no inline code without it. */
export function securityHeaders(options: { formActions?: string[] } = {}): RequestHandler[] {
  return [
    nonce,
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", fromLocals],
          styleSrc: ["'self'", fromLocals],
          fontSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'self'", ...(options.formActions ?? [])],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // The GOV.UK template's assets are same-origin; cross-origin isolation is not needed.
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'same-origin' },
    }) as RequestHandler,
  ];
}
