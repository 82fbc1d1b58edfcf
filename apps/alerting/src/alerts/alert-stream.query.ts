import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ListAlertsQuery } from './list-alerts';

/** The feed's filters, plus the staff token for clients that cannot send an Authorization header. */
export class AlertStreamQuery extends ListAlertsQuery {
  @ApiPropertyOptional({ description: 'The staff token, for EventSource clients; otherwise send Authorization: Bearer <token>' })
  @IsOptional() @IsString() @MaxLength(4096)
  access_token?: string;
}
