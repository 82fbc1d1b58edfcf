import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CreateTasksFromDecisionCommand } from './create-tasks-from-decision.command';
import { CreateTasksFromDecision } from './create-tasks-from-decision.usecase';

/** Kafka in: each protocol decision becomes a command to create its tasks. */
@Injectable()
export class TasksFromDecisionsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly createTasks: CreateTasksFromDecision,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'compliance-tracker.tasks',
      topics: [Topics.decisionMade],
      handler: (event) => this.createTasks.execute(CreateTasksFromDecisionCommand.create(event.envelope)),
    });
  }
}
