import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RecordPlacementNoticeCommand } from './record-placement-notice.command';
import { RecordPlacementNotice } from './record-placement-notice.usecase';

/** Kafka in: translates each placement notice into a command. */
@Injectable()
export class RecordPlacementNoticeConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly recordPlacementNotice: RecordPlacementNotice,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'protocol-engine.placement-notices',
      topics: [Topics.placementNoticeReceived],
      handler: (event) => this.recordPlacementNotice.execute(RecordPlacementNoticeCommand.create(event.envelope)),
    });
  }
}
