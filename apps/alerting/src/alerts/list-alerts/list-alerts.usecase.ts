import { AlertKind, AlertKinds } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { Alert } from '../alert.entity';

export class ListAlertsQuery {
  @ApiPropertyOptional({ enum: AlertKinds })
  @IsOptional() @IsIn(AlertKinds)
  kind?: AlertKind;

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
  constructor(private readonly dataSource: DataSource) {}

  execute(query: ListAlertsQuery): Promise<Alert[]> {
    const where: FindOptionsWhere<Alert> = {};
    if (query.kind) where.kind = query.kind;
    if (query.recipient) where.recipient = query.recipient;
    if (query.policeReference) where.policeReference = query.policeReference;
    return this.dataSource.getRepository(Alert).find({ where, order: { raisedAt: 'DESC' }, take: 200 });
  }
}
