import { IntakeExceptionFilter, KafkaModule, OutboxModule, QueuesModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { ChildErasuresModule } from './child-erasures/child-erasures.module';
import { IngestPlatformModule } from './ingest-platform';
import { NotificationsModule } from './notifications/notifications.module';
import { PlacementNoticesModule } from './placement-notices/placement-notices.module';

@Module({
  imports: [IngestPlatformModule, KafkaModule, OutboxModule, QueuesModule, ApiKeysModule, NotificationsModule, PlacementNoticesModule, ChildErasuresModule],
  providers: [{ provide: APP_FILTER, useClass: IntakeExceptionFilter }],
})
export class AppModule {}
