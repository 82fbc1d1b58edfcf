import { RedisStore } from 'connect-redis';
import type { RequestHandler } from 'express';
import session from 'express-session';
import { StaffWebConfig } from '../staff-web.config';
import { SessionRedis } from './session-redis';

export const SESSION_COOKIE = 'homeward.sid';

/**
 * Server-side sessions in Redis: the cookie holds only the signed session id. HttpOnly,
 * SameSite=Lax, Secure outside development and test, and rolling: each request restarts the
 * idle timeout (the Redis TTL and the cookie's), so SESSION_TIMEOUT_MINUTES of inactivity ends it.
 */
export function sessions(config: StaffWebConfig, redis: SessionRedis): RequestHandler {
  const maxAgeMs = config.sessionTimeoutSeconds * 1000;
  return session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: redis.client, prefix: 'staff-web:session:', ttl: config.sessionTimeoutSeconds }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    // Behind a TLS-terminating proxy: the app sees http but the cookie is still Secure.
    proxy: config.production,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.nodeEnv !== 'development' && config.nodeEnv !== 'test',
      maxAge: maxAgeMs,
    },
  });
}
