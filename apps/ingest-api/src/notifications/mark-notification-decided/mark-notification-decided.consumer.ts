import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MarkNotificationDecidedCommand } from './mark-notification-decided.command';
import { MarkNotificationDecided } from './mark-notification-decided.usecase';

/** Kafka in: each protocol decision tells ingest its notification was decided. */
@Injectable()
export class MarkNotificationDecidedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly markDecided: MarkNotificationDecided,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'ingest.decisions',
      topics: [Topics.decisionMade],
      handler: async (event) => {
        const command = MarkNotificationDecidedCommand.create(event.envelope);
        if (command) await this.markDecided.execute(command);
      },
    });
  }
}
