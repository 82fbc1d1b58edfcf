import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver for webhooks: records every call; a path can be told to fail its first N calls (or all). */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  private readonly failures = new Map<string, number>();
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      this.calls.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const left = this.failures.get(path) ?? 0;
      if (left > 0) this.failures.set(path, left - 1);
      res.writeHead(left > 0 ? 503 : 204).end();
    });
  });
  private base = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A fresh URL on this receiver that answers 503 to its first `failFirst` calls. */
  url(path: string, failFirst = 0): string {
    this.failures.set(path, failFirst);
    return `${this.base}${path}`;
  }

  to(path: string): ReceivedCall[] {
    return this.calls.filter((c) => c.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
