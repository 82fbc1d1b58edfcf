import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { Alert } from '../alert.entity';
import { AlertView, toAlertView } from '../alert-view';
import { ListAlertsQuery, MAX_ALERTS_LISTED } from './list-alerts.query';

/** The in-app alert feed, newest first. */
@Injectable()
export class ListAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AlertingConfig,
  ) {}

  async execute(query: ListAlertsQuery): Promise<AlertView[]> {
    const where: FindOptionsWhere<Alert> = {};
    if (query.kind) where.kind = query.kind;
    if (query.recipient) where.recipient = query.recipient;
    if (query.policeReference) where.policeReference = query.policeReference;
    if (query.caseReference) where.caseReference = query.caseReference;
    if (query.childId) where.childId = query.childId;
    if (query.acknowledged !== undefined) where.acknowledgedAt = query.acknowledged ? Not(IsNull()) : IsNull();
    const alerts = await this.dataSource
      .getRepository(Alert)
      .find({ where, order: { raisedAt: 'DESC', id: 'DESC' }, take: query.limit ?? MAX_ALERTS_LISTED });
    return alerts.map((a) => toAlertView(a, this.config.linkBaseUrl));
  }
}
