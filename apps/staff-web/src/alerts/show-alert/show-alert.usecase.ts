import { Injectable } from '@nestjs/common';
import { AlertingClient } from '../../data/alerting.client';
import type { AlertView } from '../../data/alerting.types';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { officerNames } from '../officer-names';
import { ShowAlertCommand } from './show-alert.command';

export interface AlertPage {
  alert: AlertView;
  names: Record<string, string>;
}

/** One alert (the page an alert e-mail links to); 404 from alerting is the page's 404. */
@Injectable()
export class ShowAlert {
  constructor(
    private readonly alerting: AlertingClient,
    private readonly directory: ComplianceTrackerClient,
  ) {}

  async execute(command: ShowAlertCommand): Promise<AlertPage> {
    const { token } = command.user;
    const [alert, officers] = await Promise.all([this.alerting.alert(token, command.alertId), this.directory.officers(token)]);
    return { alert, names: officerNames(officers) };
  }
}
