import { RequireJson, staffTokenGuardProviders } from '@homeward/platform';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { IngestConfig } from '../ingest.config';
import { PlacementNoticeSenderGuard } from './placement-notice-sender.guard';
import { PlacementNoticesController } from './placement-notices.controller';
import { ReceivePlacementNotice } from './receive-placement-notice';

@Module({
  imports: [ApiKeysModule],
  controllers: [PlacementNoticesController],
  providers: [ReceivePlacementNotice, PlacementNoticeSenderGuard, ...staffTokenGuardProviders(IngestConfig)],
})
export class PlacementNoticesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJson).forRoutes({ path: 'v1/placement-notices', method: RequestMethod.POST });
  }
}
