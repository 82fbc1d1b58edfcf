import { Injectable, Logger } from '@nestjs/common';
import { ApiProblem } from '../../data/api-errors';
import { AlertingClient } from '../../data/alerting.client';
import type { AlertView } from '../../data/alerting.types';
import { feedQuery } from '../alert-feed.filters';
import { missedAlerts } from './missed-alerts';
import { RelayLiveAlertsCommand } from './relay-live-alerts.command';
import { ServerSentEventReader } from './server-sent-events';

/** The most a reconnect catches up on (alerting's own limit). */
const CATCH_UP_LIMIT = 200;

/** Where the relay sends alerts: the browser's event stream. */
export interface LiveAlertSink {
  /** Aborted when the browser goes away. */
  readonly signal: AbortSignal;
  /** Called once alerting's stream is open, before the first alert. */
  open(): void;
  /** Alerting refused the stream: the signed-in person already holds as many open as it allows (its ALERT_STREAMS_PER_OFFICER). */
  tooManyStreams(): void;
  send(alert: AlertView): Promise<void>;
}

/**
 * Relays alerting's live stream to one open alerts page, opened server-side with the signed-in
 * person's token (the browser never holds it). The stream keeps nothing, so each (re)connect
 * first sends what the page missed from the feed; alerting's stream is opened before the feed
 * is read, so nothing raised in between falls through, and what both carry is sent once.
 * Returns when alerting ends the stream (the browser reconnects) or the browser goes.
 */
@Injectable()
export class RelayLiveAlerts {
  private readonly logger = new Logger('RelayLiveAlerts');

  constructor(private readonly alerting: AlertingClient) {}

  async execute(command: RelayLiveAlertsCommand, sink: LiveAlertSink): Promise<void> {
    const { token } = command.user;
    let upstream: ReadableStream<Uint8Array>;
    try {
      upstream = await this.alerting.stream(token, { kind: command.filters.kind }, sink.signal);
    } catch (error) {
      // Retrying would be refused again until they close a page: the page says so instead.
      if (error instanceof ApiProblem && error.status === 429) return sink.tooManyStreams();
      throw error;
    }
    sink.open();
    const sent = new Set<string>();
    try {
      for (const alert of await this.missed(command)) {
        sent.add(alert.id);
        await sink.send(alert);
      }
      const reader = new ServerSentEventReader();
      const decoder = new TextDecoder();
      for await (const chunk of upstream) {
        for (const event of reader.push(decoder.decode(chunk, { stream: true }))) {
          if (event.event !== 'alert') continue;
          const alert = JSON.parse(event.data) as AlertView;
          if (sent.has(alert.id)) continue;
          sent.add(alert.id);
          await sink.send(alert);
        }
      }
    } catch (error) {
      if (sink.signal.aborted) return;
      // The page reconnects and catches up; only the failure's kind is worth a line.
      this.logger.warn({ error: error instanceof Error ? error.name : 'unknown' }, 'live alerts relay ended early');
    } finally {
      await upstream.cancel().catch(() => undefined);
    }
  }

  private async missed(command: RelayLiveAlertsCommand): Promise<AlertView[]> {
    const cutoff = await this.cutoff(command);
    if (!cutoff) return [];
    const feed = await this.alerting.alerts(command.user.token, feedQuery(command.filters, CATCH_UP_LIMIT));
    return missedAlerts(feed, cutoff, command.lastSeenId);
  }

  private async cutoff(command: RelayLiveAlertsCommand): Promise<Date | undefined> {
    if (command.lastSeenId) {
      try {
        return new Date((await this.alerting.alert(command.user.token, command.lastSeenId)).raisedAt);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
      }
    }
    return command.since;
  }
}
