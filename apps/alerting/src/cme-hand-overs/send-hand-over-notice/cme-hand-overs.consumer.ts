import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SendHandOverNoticeCommand } from './send-hand-over-notice.command';
import { SendHandOverNotice } from './send-hand-over-notice.usecase';

/** Kafka in: education-referrals' hand-overs of CME cases to other LAs. */
@Injectable()
export class CmeHandOversConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly send: SendHandOverNotice,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.cme-hand-overs',
      topics: [Topics.cmeCaseHandedOver],
      handler: (event) => this.send.execute(SendHandOverNoticeCommand.create(event.envelope)),
    });
  }
}
