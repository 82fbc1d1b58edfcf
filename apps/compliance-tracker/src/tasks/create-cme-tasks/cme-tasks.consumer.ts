import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CreateCmeTasksCommand } from './create-cme-tasks.command';
import { CreateCmeTasks } from './create-cme-tasks.usecase';

/** Kafka in: each CME case's request for work becomes a command to queue its tasks. */
@Injectable()
export class CmeTasksConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly createTasks: CreateCmeTasks,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'compliance-tracker.cme-tasks',
      topics: [Topics.cmeTasksRequired],
      handler: (event) => this.createTasks.execute(CreateCmeTasksCommand.create(event.envelope)),
    });
  }
}
