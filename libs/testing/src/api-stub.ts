import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a stubbed endpoint saw. */
export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

export interface StubAnswer {
  status?: number;
  body?: unknown;
  /** Takes the response over instead (a server-sent event stream kept open, for instance); status and body are ignored. */
  respond?: (res: http.ServerResponse) => void;
}

/** Keyed `'POST /v1/staff/sessions'`; a path may end in `/:id` segments (`'GET /v1/tasks/:id'`). */
export type StubRoutes = Record<string, (req: StubRequest, params: Record<string, string>) => StubAnswer | Promise<StubAnswer>>;

export interface ApiStub {
  url: string;
  /** Every request it answered, in order: tests assert on what staff-web sent (bearer token, body). */
  calls: StubRequest[];
  /** Replaces or adds routes while running. */
  routes: StubRoutes;
  stop(): Promise<void>;
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return undefined;
  }
  return params;
}

/**
 * A tiny HTTP server standing in for a service's API in staff-web route tests. Unknown routes
 * answer 404 `{ message: 'no stub for ...' }`, so a missing stub shows in the page as a 404.
 */
export async function startApiStub(routes: StubRoutes = {}): Promise<ApiStub> {
  const calls: StubRequest[] = [];
  const stub = { routes };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://stub');
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        const request: StubRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
        calls.push(request);
        let answer: StubAnswer = { status: 404, body: { message: `no stub for ${request.method} ${request.path}` } };
        try {
          for (const [key, handler] of Object.entries(stub.routes)) {
            const [method, pattern] = key.split(' ');
            const params = method === request.method ? match(pattern, request.path) : undefined;
            if (params) {
              answer = await handler(request, params);
              break;
            }
          }
        } catch (error) {
          answer = { status: 500, body: { message: error instanceof Error ? error.message : String(error) } };
        }
        const status = answer.status ?? 200;
        if (answer.respond) {
          answer.respond(res);
        } else if (answer.body === undefined) {
          res.writeHead(status).end();
        } else {
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get routes() {
      return stub.routes;
    },
    set routes(next: StubRoutes) {
      stub.routes = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
