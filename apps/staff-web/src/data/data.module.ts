import { Global, Module } from '@nestjs/common';
import { AlertingClient } from './alerting.client';
import { ComplianceTrackerClient } from './compliance-tracker.client';
import { EducationReferralsClient } from './education-referrals.client';
import { IngestApiClient } from './ingest-api.client';
import { ProtocolEngineClient } from './protocol-engine.client';

/** One client per service, available everywhere: a feature module injects the ones it calls. */
@Global()
@Module({
  providers: [ComplianceTrackerClient, ProtocolEngineClient, AlertingClient, IngestApiClient, EducationReferralsClient],
  exports: [ComplianceTrackerClient, ProtocolEngineClient, AlertingClient, IngestApiClient, EducationReferralsClient],
})
export class DataModule {}
