import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import type { StaffTokenView } from './compliance-tracker.types';

/** compliance-tracker: the staff directory (sign-in, tokens), tasks, leave, compliance figures. */
@Injectable()
export class ComplianceTrackerClient {
  private readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('compliance-tracker', config.complianceTrackerUrl, config.apiTimeoutMs);
  }

  /** 401 (ApiProblem) for a wrong username or password, whichever it was. */
  createSession(username: string, password: string): Promise<StaffTokenView> {
    return this.api.post('/v1/staff/sessions', { body: { username, password } });
  }

  /** A fresh token for the current one; SessionExpired if the officer is disabled. */
  refreshToken(token: string): Promise<StaffTokenView> {
    return this.api.post('/v1/staff/token', { token });
  }
}
