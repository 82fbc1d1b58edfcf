import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EraseChildAlertsCommand } from './erase-child-alerts.command';
import { EraseChildAlerts } from './erase-child-alerts.usecase';

/** Kafka in: protocol-engine erased a child's personal data. */
@Injectable()
export class ChildErasuresConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly erase: EraseChildAlerts,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.child-erasures',
      topics: [Topics.childErased],
      handler: (event) => this.erase.execute(EraseChildAlertsCommand.create(event.envelope)),
    });
  }
}
