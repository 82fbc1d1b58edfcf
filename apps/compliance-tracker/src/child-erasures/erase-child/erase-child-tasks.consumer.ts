import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EraseChildTasksCommand } from './erase-child-tasks.command';
import { EraseChildTasks } from './erase-child-tasks.usecase';

/** Kafka in: protocol-engine erased a child; the tracker erases its part of their tasks. */
@Injectable()
export class ChildErasuresConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly erase: EraseChildTasks,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'compliance-tracker.child-erasures',
      topics: [Topics.childErased],
      handler: (event) => this.erase.execute(EraseChildTasksCommand.create(event.envelope)),
    });
  }
}
