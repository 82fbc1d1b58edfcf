import { Topics } from '@homeward/contracts';
import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RaiseAlertsForDecisionCommand } from './raise-alerts-for-decision.command';
import { RaiseAlertsForDecision } from './raise-alerts-for-decision.usecase';

/** Kafka in: each protocol decision becomes a RaiseAlertsForDecision command. */
@Injectable()
export class RaiseAlertsForDecisionConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly raiseAlerts: RaiseAlertsForDecision,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.decisions',
      topics: [Topics.decisionMade],
      handler: (event) => this.raiseAlerts.execute(RaiseAlertsForDecisionCommand.create(event.envelope)),
    });
  }
}
