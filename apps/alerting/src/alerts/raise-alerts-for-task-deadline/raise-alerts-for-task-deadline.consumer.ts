import { MessageBus } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RaiseAlertsForTaskDeadlineCommand, TASK_DEADLINE_TOPICS } from './raise-alerts-for-task-deadline.command';
import { RaiseAlertsForTaskDeadline } from './raise-alerts-for-task-deadline.usecase';

/** Kafka in: compliance-tracker's reminder, overdue and escalation events become commands. */
@Injectable()
export class RaiseAlertsForTaskDeadlineConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly raiseAlerts: RaiseAlertsForTaskDeadline,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.bus.subscribe({
      groupId: 'alerting.task-deadlines',
      topics: TASK_DEADLINE_TOPICS,
      handler: (event) => this.raiseAlerts.execute(RaiseAlertsForTaskDeadlineCommand.create(event.topic, event.envelope)),
    });
  }
}
