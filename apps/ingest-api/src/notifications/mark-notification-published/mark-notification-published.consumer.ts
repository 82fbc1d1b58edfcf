import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MarkNotificationPublishedCommand } from './mark-notification-published.command';
import { MarkNotificationPublished } from './mark-notification-published.usecase';

/** Kafka in: ingest's own notification events, read back to learn each was handed over. */
@Injectable()
export class MarkNotificationPublishedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly markPublished: MarkNotificationPublished,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'ingest.published',
      topics: [Topics.notificationReceived],
      handler: (event) => this.markPublished.execute(MarkNotificationPublishedCommand.create(event.envelope)),
    });
  }
}
