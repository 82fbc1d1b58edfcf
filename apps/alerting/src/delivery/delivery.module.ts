import { Module } from '@nestjs/common';
import { EmailSender } from './channels/email.sender';
import { FeedFanOut } from './channels/feed-fan-out';
import { FeedStream } from './channels/feed.stream';
import { WebhookSender } from './channels/webhook.sender';
import { DeliverAlert, DeliveryProcessor } from './deliver-alert';
import { DeliveryMetrics } from './delivery-metrics';
import { DeliveryQueue } from './delivery-queue';

@Module({
  providers: [EmailSender, WebhookSender, FeedFanOut, FeedStream, DeliveryMetrics, DeliveryQueue, DeliverAlert, DeliveryProcessor],
  exports: [DeliveryQueue, FeedStream],
})
export class DeliveryModule {}
