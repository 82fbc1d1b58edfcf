import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import type { AlertFeedQuery, AlertView } from './alerting.types';

/** alerting: the alert feed, one alert, acknowledgement, and the live stream. */
@Injectable()
export class AlertingClient {
  protected readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('alerting', config.alertingUrl, config.apiTimeoutMs);
  }

  /** Newest first; 400 (ApiProblem with problems) for a filter alerting does not understand. */
  alerts(token: string, query: AlertFeedQuery = {}): Promise<AlertView[]> {
    return this.api.get('/v1/alerts', { token, query: { ...query } });
  }

  /** 404 (ApiProblem) for no such alert, 400 for an id that is not a UUID. */
  alert(token: string, id: string): Promise<AlertView> {
    return this.api.get(`/v1/alerts/${encodeURIComponent(id)}`, { token });
  }

  /** The first acknowledgement stands: the answer names who made it. 403 for read-only staff. */
  acknowledge(token: string, id: string): Promise<AlertView> {
    return this.api.post(`/v1/alerts/${encodeURIComponent(id)}/acknowledge`, { token });
  }

  /** The live stream (SSE bytes: `event: alert`, the alert's id, an AlertView), opened as the signed-in person; live only. */
  stream(token: string, filters: Pick<AlertFeedQuery, 'kind' | 'recipient' | 'policeReference'>, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    return this.api.stream('/v1/alerts/stream', { token, query: { ...filters }, signal });
  }
}
