import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RecordDecisionCommand } from './record-decision.command';
import { RecordDecision } from './record-decision.usecase';

/** Kafka in: each protocol decision tells ingest its notification was decided. */
@Injectable()
export class DecisionMadeHandler implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly recordDecision: RecordDecision,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'ingest.decisions',
      topics: [Topics.decisionMade],
      handler: async (event) => {
        const command = RecordDecisionCommand.create(event.envelope);
        if (command) await this.recordDecision.execute(command);
      },
    });
  }
}
