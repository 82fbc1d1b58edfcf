import { PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { IngestConfig } from './ingest.config';
import { ingestMigrations } from './migrations';
import { NotificationRecord } from './notifications/notification.entity';
import { NotificationsModule } from './notifications/notifications.module';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'ingest-api',
      config: IngestConfig,
      database: { schema: 'ingest', entities: [NotificationRecord, ApiKey], migrations: ingestMigrations },
    }),
    ApiKeysModule,
    NotificationsModule,
  ],
})
export class AppModule {}
