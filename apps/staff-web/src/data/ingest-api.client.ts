import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';

/** POST /v1/placement-notices as ingest-api's PlacementNoticeDto takes it (staff are CMO or MANAGER). */
export interface NewPlacementNotice {
  /** The sender's own id for the notice: a repeat of it is the same notice (idempotency). */
  noticeId: string;
  child: { givenName: string; familyName: string; dateOfBirth: string; gender?: string; localAuthorityId?: string };
  placingAuthority: string;
  placementStart: string;
  placementEnd?: string;
  provider: { name: string; kind: string };
  riskAssessmentProvided: boolean;
  riskManagementPlanProvided: boolean;
}

/** ingest-api: placement notices staff record for a placing authority or a children's home. */
@Injectable()
export class IngestApiClient {
  private readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('ingest-api', config.ingestApiUrl, config.apiTimeoutMs);
  }

  /** 202 new, 200 a repeat of the noticeId; 400 with `problems` (child.dateOfBirth, placementEnd...), 409 the noticeId used with another body. */
  recordPlacementNotice(token: string, notice: NewPlacementNotice): Promise<{ id: string; status: 'accepted' }> {
    return this.api.post('/v1/placement-notices', { token, body: notice });
  }
}
