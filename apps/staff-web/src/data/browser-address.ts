import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();

/**
 * The address of the browser a request came from (req.ip, so staff-web's TRUST_PROXY decides
 * whether a proxy's X-Forwarded-For is believed), for the calls the request makes to the
 * services: they count failed sign-ins per address, and without it every browser would be
 * counted as staff-web itself, so one person's wrong passwords could lock everyone out.
 */
export const BrowserAddress = {
  current(): string | undefined {
    return storage.getStore() || undefined;
  },
};

/** Scopes the rest of the request in its browser's address (as correlationMiddleware does its id). */
export function browserAddressMiddleware(req: Request, _res: Response, next: NextFunction): void {
  storage.run(req.ip ?? '', next);
}
