import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { AlertingConfig } from '../../alerting.config';
import { AlertingKind, AlertingKinds } from '@homeward/routing';
import { Alert } from '../alert.entity';
import { AlertView, toAlertView } from '../alert-view';

export class ListAlertsQuery {
  @ApiPropertyOptional({ enum: AlertingKinds })
  @IsOptional() @IsIn(AlertingKinds)
  kind?: AlertingKind;

  @ApiPropertyOptional({ example: 'CHILDREN_MISSING_OFFICER' })
  @IsOptional() @IsString() @MaxLength(100)
  recipient?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(64)
  policeReference?: string;
}

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
    const alerts = await this.dataSource.getRepository(Alert).find({ where, order: { raisedAt: 'DESC' }, take: 200 });
    return alerts.map((a) => toAlertView(a, this.config.linkBaseUrl));
  }
}
