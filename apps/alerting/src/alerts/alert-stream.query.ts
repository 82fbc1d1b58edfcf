import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AlertFilters } from './alert-filters';

/** The feed's filters (not its paging: a stream has no pages), plus the staff token for clients that cannot send an Authorization header. */
export class AlertStreamQuery extends AlertFilters {
  @ApiPropertyOptional({ description: 'The staff token, for EventSource clients; otherwise send Authorization: Bearer <token>' })
  @IsOptional() @IsString() @MaxLength(4096)
  access_token?: string;
}
