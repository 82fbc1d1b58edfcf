import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { EmailSender } from './channels/email.sender';
import { FeedFanOut } from './channels/feed-fan-out';
import { FeedStream } from './channels/feed.stream';
import { WebhookSender } from './channels/webhook.sender';
import { DeliverAlert, DeliveryWakeUpHandler } from './deliver-alert';
import { DeliveryMetrics } from './delivery-metrics';

@Module({
  imports: [WakeUpsModule],
  providers: [EmailSender, WebhookSender, FeedFanOut, FeedStream, DeliveryMetrics, DeliverAlert, DeliveryWakeUpHandler],
  exports: [FeedStream],
})
export class DeliveryModule {}
