import type { Request, Response } from 'express';
import type { AlertView } from '../../data/alerting.types';
import { label } from '../../web/labels';
import type { LiveAlertSink } from './relay-live-alerts.usecase';
import { formatEvent } from './server-sent-events';

/** Comments keep proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;
/** How long EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;
/** What the page shows when alerting refuses one more stream for this person. */
export const TOO_MANY_STREAMS_MESSAGE = 'You have too many Homeward tabs open with live alerts: close one and reload this page to see new alerts as they are raised.';

/**
 * The browser's end of the live alerts: an event stream of `alert` events, each the alert's id,
 * its table row rendered on the server (the same template as the page) and the words the page
 * announces. Ends with the request.
 */
export class AlertEventStream implements LiveAlertSink {
  private readonly closed = new AbortController();
  private heartbeat?: NodeJS.Timeout;
  opened = false;

  constructor(
    req: Request,
    private readonly res: Response,
    private readonly renderRow: (alert: AlertView) => Promise<string>,
  ) {
    req.on('close', () => this.closed.abort());
  }

  get signal(): AbortSignal {
    return this.closed.signal;
  }

  open(): void {
    this.opened = true;
    this.res.status(200).set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
    this.res.flushHeaders();
    this.res.write(`retry: ${RETRY_MS}\n\n`);
    this.heartbeat = setInterval(() => this.res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  }

  /**
   * A 429 from alerting, told to the page as an event: EventSource cannot read an error answer's
   * body, and would only retry. The page's script stops and shows the message; without it, the
   * long retry keeps a refused page from asking again and again.
   */
  tooManyStreams(): void {
    if (this.res.headersSent) return this.end();
    this.res.status(200).set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform' });
    this.res.end(`retry: ${RETRY_MS * 20}

event: too-many-streams
data: ${JSON.stringify({ message: TOO_MANY_STREAMS_MESSAGE })}

`);
  }

  async send(alert: AlertView): Promise<void> {
    const html = await this.renderRow(alert);
    if (this.signal.aborted) return;
    this.res.write(formatEvent('alert', alert.id, { id: alert.id, html, announcement: `New alert, ${label('alertKind', alert.kind).toLowerCase()}: ${alert.summary}` }));
  }

  /** Ends the response; before open() it answers 200 with only a retry, so EventSource tries again shortly. */
  end(): void {
    clearInterval(this.heartbeat);
    if (this.res.writableEnded) return;
    if (!this.opened && !this.res.headersSent) {
      this.res.status(200).type('text/event-stream').end(`retry: ${RETRY_MS * 3}\n\n`);
      return;
    }
    this.res.end();
  }
}
