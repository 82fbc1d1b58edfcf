import type { Server, ServerResponse } from 'node:http';

const IDLE_CHECK_MS = 50;

/**
 * The first thing a stopping service shuts: its HTTP intake, while the database, Redis and the
 * outbox are still there for the requests in flight. `server.close()` alone never ends under
 * load: clients keep reusing their keep-alive connections, which are never idle when it looks,
 * and the server goes on answering (with Redis already closed) until it is killed. So every
 * answer from now on says `Connection: close`, idle connections close as they become idle, and
 * what is still open after the grace period is cut (the client retries, as for a crash).
 */
export class HttpIntake {
  private readonly inFlight = new Set<ServerResponse>();
  private stopping = false;

  constructor(private readonly server: Server) {
    server.on('request', (_request, response: ServerResponse) => {
      if (this.stopping) lastOnItsConnection(response);
      this.inFlight.add(response);
      response.once('close', () => this.inFlight.delete(response));
    });
  }

  /** Resolves when every connection is closed: at once when idle, after its answer when busy, at `graceMs` at the latest. */
  stop(graceMs: number): Promise<void> {
    this.stopping = true;
    this.inFlight.forEach(lastOnItsConnection);
    // Called back with ERR_SERVER_NOT_RUNNING when it never listened: closed either way.
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    const idle = setInterval(() => this.server.closeIdleConnections(), IDLE_CHECK_MS);
    const cut = setTimeout(() => this.server.closeAllConnections(), graceMs);
    this.server.closeIdleConnections();
    return closed.finally(() => {
      clearInterval(idle);
      clearTimeout(cut);
    });
  }
}

function lastOnItsConnection(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
