import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DecideOnNotificationCommand } from './decide-on-notification.command';
import { DecideOnNotification } from './decide-on-notification.usecase';

/** Kafka in: translates each police notification into a command. */
@Injectable()
export class DecideOnNotificationConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly decideOnNotification: DecideOnNotification,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'protocol-engine.decisions',
      topics: [Topics.notificationReceived],
      handler: (event) => this.decideOnNotification.execute(DecideOnNotificationCommand.create(event.envelope)),
    });
  }
}
