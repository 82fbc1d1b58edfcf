import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EraseChildCasesCommand } from './erase-child-cases.command';
import { EraseChildCases } from './erase-child-cases.usecase';

/** Kafka in: protocol-engine erased a child; education-referrals erases its part of their CME data. */
@Injectable()
export class ChildErasuresConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly erase: EraseChildCases,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'education-referrals.child-erasures',
      topics: [Topics.childErased],
      handler: (event) => this.erase.execute(EraseChildCasesCommand.create(event.envelope)),
    });
  }
}
