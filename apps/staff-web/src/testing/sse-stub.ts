/** Test-only: a server-sent event stream a stubbed service holds open, and pushes to when a test says. */
import type { ServerResponse } from 'node:http';

export interface SseStub {
  /** For a stub route: `'GET /v1/alerts/stream': () => sse.answer()`. */
  answer(): { respond: (res: ServerResponse) => void };
  /** Sends one event to every open stream. */
  push(event: string, id: string, data: unknown): void;
  /** Ends every open stream (as a restarting service would). */
  endAll(): void;
  /** Resolves once `count` streams are open. */
  opened(count?: number): Promise<void>;
  /** How many streams were ever opened (for `opened(total + 1)`). */
  readonly total: number;
  /** How many are open now. */
  readonly open: number;
}

export function sseStub(): SseStub {
  const streams = new Set<ServerResponse>();
  let total = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    answer: () => ({
      respond: (res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(': open\n\n');
        streams.add(res);
        total += 1;
        res.on('close', () => streams.delete(res));
        for (const w of waiters.filter((w) => total >= w.count)) w.resolve();
      },
    }),
    push(event, id, data) {
      for (const res of streams) res.write(`event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    endAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
    opened(count = 1) {
      return total >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }));
    },
    get total() {
      return total;
    },
    get open() {
      return streams.size;
    },
  };
}
