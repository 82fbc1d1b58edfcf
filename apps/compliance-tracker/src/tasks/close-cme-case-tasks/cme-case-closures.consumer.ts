import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CloseCmeCaseTasksCommand } from './close-cme-case-tasks.command';
import { CloseCmeCaseTasks } from './close-cme-case-tasks.usecase';

/** Kafka in: a CME case's closure becomes a command to close its open tasks. */
@Injectable()
export class CmeCaseClosuresConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly closeTasks: CloseCmeCaseTasks,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'compliance-tracker.cme-case-closures',
      topics: [Topics.cmeCaseClosed],
      handler: (event) => this.closeTasks.execute(CloseCmeCaseTasksCommand.create(event.envelope)),
    });
  }
}
