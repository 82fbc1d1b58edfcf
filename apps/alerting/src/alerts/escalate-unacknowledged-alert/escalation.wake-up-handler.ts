import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EscalateUnacknowledgedAlertCommand } from './escalate-unacknowledged-alert.command';
import { EscalateUnacknowledgedAlert } from './escalate-unacknowledged-alert.usecase';
import { ALERT_ESCALATION } from './escalation-wake-up';

/** Wake-up in: an alert's escalation check becomes a command. */
@Injectable()
export class EscalationWakeUpHandler implements OnApplicationBootstrap {
  constructor(
    private readonly wakeUps: WakeUps,
    private readonly escalate: EscalateUnacknowledgedAlert,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeUps.onDue(ALERT_ESCALATION, (due) => this.escalate.execute(EscalateUnacknowledgedAlertCommand.create(due.subjectId)));
  }
}
