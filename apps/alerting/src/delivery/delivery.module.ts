import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { HandOverNotices } from '../cme-hand-overs/hand-over-notices';
import { EmailSender } from './channels/email.sender';
import { FeedFanOut } from './channels/feed-fan-out';
import { FeedStream } from './channels/feed.stream';
import { WebhookSender } from './channels/webhook.sender';
import { SystemWebhookResolver, WebhookResolver, WebhookTargets } from './channels/webhook-targets';
import { DeliverAlert, DeliveryWakeUpHandler } from './deliver-alert';
import { DeliveryMetrics } from './delivery-metrics';

@Module({
  imports: [WakeUpsModule],
  providers: [EmailSender, WebhookSender, WebhookTargets, { provide: WebhookResolver, useClass: SystemWebhookResolver }, FeedFanOut, FeedStream, DeliveryMetrics, DeliverAlert, DeliveryWakeUpHandler, HandOverNotices],
  exports: [FeedStream, WebhookTargets, HandOverNotices],
})
export class DeliveryModule {}
