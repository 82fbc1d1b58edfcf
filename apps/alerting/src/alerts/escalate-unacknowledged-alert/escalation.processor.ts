import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EscalateUnacknowledgedAlertCommand } from './escalate-unacknowledged-alert.command';
import { EscalateUnacknowledgedAlert } from './escalate-unacknowledged-alert.usecase';
import { ESCALATION_QUEUE, EscalationJobData } from './escalation-alarms';

/** BullMQ in: an alert's escalation alarm becomes a command. */
@Injectable()
export class EscalationProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly escalate: EscalateUnacknowledgedAlert,
  ) {}

  onApplicationBootstrap(): void {
    this.queues.worker<EscalationJobData>(ESCALATION_QUEUE, (job) =>
      this.escalate.execute(EscalateUnacknowledgedAlertCommand.create(job.data.alertId)),
    );
  }
}
