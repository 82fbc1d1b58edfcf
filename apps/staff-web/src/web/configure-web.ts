import { Clock } from '@homeward/contracts';
import { correlationMiddleware, HttpMetricsMiddleware, trustProxySetting } from '@homeward/platform';
import type { INestApplication } from '@nestjs/common';
import type { Express, RequestHandler } from 'express';
import { browserAddressMiddleware } from '../data/browser-address';
import { StaffWebConfig } from '../staff-web.config';
import { bodyParsing } from './body-parsing';
import { csrfProtection } from './csrf';
import { currentUser } from './current-user';
import { flashToLocals } from './flash';
import { configureNunjucks } from './nunjucks';
import { securityHeaders } from './security-headers';
import { sessions } from './session';
import { SessionRedis } from './session-redis';
import { staticAssets } from './static-assets';

/** Health and metrics answer without a session (and without touching Redis for one). */
const OPERATIONAL = /^\/(health\/|metrics$)/;
const unlessOperational = (handlers: RequestHandler[]): RequestHandler[] =>
  handlers.map((handler) => (req, res, next) => (OPERATIONAL.test(req.path) ? next() : handler(req, res, next)));

/**
 * The web layers in the order the HMPPS template uses (security headers, static assets, session,
 * body parsing, CSRF, current user), before Nest's routes; the guard then does authentication
 * and roles, and ErrorPagesFilter is the 404 and error handler.
 */
export async function configureWeb(app: INestApplication): Promise<void> {
  const config = app.get(StaffWebConfig);
  const redis = app.get(SessionRedis);
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  express.set('trust proxy', trustProxySetting(config.trustProxy));

  const metrics = app.get(HttpMetricsMiddleware);
  app.use(correlationMiddleware);
  app.use(browserAddressMiddleware);
  app.use((req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => metrics.use(req, res, next));
  app.use(...securityHeaders({ formActions: config.oidcIssuerUrl ? [new URL(config.oidcIssuerUrl).origin] : [] }));

  const assets = staticAssets();
  app.use(assets.router);

  await redis.connect();
  app.use(...unlessOperational([sessions(config, redis), bodyParsing(), ...csrfProtection(), flashToLocals, currentUser]));

  configureNunjucks(express, { assets, clock: app.get(Clock), watch: config.nodeEnv === 'development', sessionTimeoutSeconds: config.sessionTimeoutSeconds });
}
