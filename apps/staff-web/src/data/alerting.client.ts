import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';

/** alerting: the alert feed, one alert, acknowledgement. Add methods as ProtocolEngineClient says. */
@Injectable()
export class AlertingClient {
  protected readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('alerting', config.alertingUrl, config.apiTimeoutMs);
  }
}
