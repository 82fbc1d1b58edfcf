import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { GetNotificationStatus } from './get-notification-status';
import { NotificationsController } from './notifications.controller';
import { ReceiveNotification } from './receive-notification';

@Module({
  imports: [ApiKeysModule],
  controllers: [NotificationsController],
  providers: [ReceiveNotification, GetNotificationStatus],
})
export class NotificationsModule {}
