import { PlatformModule } from '@homeward/platform';
import { ApiKey } from './api-keys/api-key.entity';
import { IngestConfig } from './ingest.config';
import { ingestMigrations } from './migrations';
import { NotificationRecord } from './notifications/notification.entity';
import { PlacementNoticeRecord } from './placement-notices/placement-notice.entity';

/** The platform's core as ingest-api uses it: shared by the service and the keys CLI (which needs no broker). */
export const IngestPlatformModule = PlatformModule.forRoot({
  service: 'ingest-api',
  config: IngestConfig,
  database: { schema: 'ingest', entities: [NotificationRecord, ApiKey, PlacementNoticeRecord], migrations: ingestMigrations },
});
