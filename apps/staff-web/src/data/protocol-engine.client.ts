import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';

/**
 * protocol-engine: children (summaries, search, records), decisions, protocol versions, what-if.
 * Add a method a page needs, typed by `protocol-engine.types.ts`, e.g.
 * `children(token: string, ids: string[]) { return this.api.get<ChildSummary[]>('/v1/children', { token, query: { ids } }); }`
 */
@Injectable()
export class ProtocolEngineClient {
  protected readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('protocol-engine', config.protocolEngineUrl, config.apiTimeoutMs);
  }
}
