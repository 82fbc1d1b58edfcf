import { RequireJson } from '@homeward/platform';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { RequestOutcomeLogger } from '../http/request-outcome.middleware';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { GetNotificationStatus } from './get-notification-status';
import { MarkNotificationDecided, MarkNotificationDecidedConsumer } from './mark-notification-decided';
import { MarkNotificationsPublished, NotificationsPublishedHook } from './mark-notification-published';
import { NotificationsController } from './notifications.controller';
import { ReceiveNotification } from './receive-notification';
import { BodyRetention, PurgeRetainedBodies } from './purge-retained-bodies';
import { RedeliverUndecidedNotifications, UndecidedCheck, UndecidedMetrics } from './redeliver-undecided';

@Module({
  imports: [ApiKeysModule, RateLimitsModule],
  controllers: [NotificationsController],
  providers: [ReceiveNotification, GetNotificationStatus, MarkNotificationsPublished, NotificationsPublishedHook, MarkNotificationDecided, MarkNotificationDecidedConsumer, RedeliverUndecidedNotifications, UndecidedMetrics, UndecidedCheck, PurgeRetainedBodies, BodyRetention],
})
export class NotificationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestOutcomeLogger).forRoutes(NotificationsController);
    consumer.apply(RequireJson).forRoutes({ path: 'v1/notifications', method: RequestMethod.POST });
  }
}
