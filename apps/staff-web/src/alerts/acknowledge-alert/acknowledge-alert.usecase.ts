import { Injectable } from '@nestjs/common';
import type { FlashNotification } from '../../auth/session-user';
import { AlertingClient } from '../../data/alerting.client';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { londonDateTime } from '../../web/date-filters';
import { officerNames } from '../officer-names';
import { AcknowledgeAlertCommand } from './acknowledge-alert.command';

/**
 * Acknowledges an alert in alerting as the signed-in person. The first acknowledgement stands,
 * so the banner says whether it was this person's or someone else's before them.
 */
@Injectable()
export class AcknowledgeAlert {
  constructor(
    private readonly alerting: AlertingClient,
    private readonly directory: ComplianceTrackerClient,
  ) {}

  async execute(command: AcknowledgeAlertCommand): Promise<FlashNotification> {
    const { token, username } = command.user;
    const alert = await this.alerting.acknowledge(token, command.alertId);
    if (!alert.acknowledgedBy || alert.acknowledgedBy === username) return { heading: 'Alert acknowledged', text: alert.summary };
    const names = officerNames(await this.directory.officers(token));
    return {
      type: 'important',
      heading: 'Someone had already acknowledged this alert',
      text: `${names[alert.acknowledgedBy] ?? alert.acknowledgedBy} acknowledged it on ${londonDateTime(alert.acknowledgedAt)}.`,
    };
  }
}
