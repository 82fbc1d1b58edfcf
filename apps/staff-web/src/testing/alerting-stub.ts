/** Test-only: alerting's alert routes as its real API answers them, over a feed the test changes as it goes. */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRoutes } from '@homeward/testing';
import type { AlertView } from '../data/alerting.types';
import type { SseStub } from './sse-stub';

export function alertingRoutes(feed: () => AlertView[], stream: SseStub): StubRoutes {
  const noSuchAlert = { status: 404, body: { message: 'no such alert' } };
  return {
    // Before ':id', as alerting's own routes are.
    'GET /v1/alerts/stream': () => stream.answer(),
    'GET /v1/alerts': (req) => {
      const kind = req.query.get('kind');
      const acknowledged = req.query.get('acknowledged');
      return { body: feed().filter((a) => (!kind || a.kind === kind) && (acknowledged !== 'false' || !a.acknowledgedAt)) };
    },
    'GET /v1/alerts/:id': (_req, { id }) => {
      const found = feed().find((a) => a.id === id);
      return found ? { body: found } : noSuchAlert;
    },
    // The first acknowledgement stands; the staff id is the token's (the kit's tokens are `token-for-<username>`).
    'POST /v1/alerts/:id/acknowledge': (req, { id }) => {
      const found = feed().find((a) => a.id === id);
      if (!found) return noSuchAlert;
      const by = String(req.headers.authorization).replace('Bearer token-for-', '');
      if (!found.acknowledgedAt) Object.assign(found, { acknowledgedAt: new Date().toISOString(), acknowledgedBy: by });
      return { body: found };
    },
  };
}
