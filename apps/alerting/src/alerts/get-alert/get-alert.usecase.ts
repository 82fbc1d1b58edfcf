import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { Alert } from '../alert.entity';
import { AlertView, toAlertView } from '../alert-view';
import { GetAlertCommand } from './get-alert.command';

/** One alert, as its link's page shows it: references and a summary, no personal data. */
@Injectable()
export class GetAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AlertingConfig,
  ) {}

  async execute(command: GetAlertCommand): Promise<AlertView> {
    const alert = await this.dataSource.getRepository(Alert).findOneBy({ id: command.alertId });
    if (!alert) throw new NotFoundException(`no alert ${command.alertId}`);
    return toAlertView(alert, this.config.linkBaseUrl);
  }
}
