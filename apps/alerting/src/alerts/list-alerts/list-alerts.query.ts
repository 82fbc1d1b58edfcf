import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AlertFilters } from '../alert-filters';

export const MAX_ALERTS_LISTED = 200;

export class ListAlertsQuery extends AlertFilters {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only acknowledged alerts; false: only those nobody has acknowledged yet' })
  @IsOptional()
  // A query string is text: only the words true and false are read as a boolean, anything else is refused.
  @Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => (obj[key] === 'true' ? true : obj[key] === 'false' ? false : obj[key]))
  @IsBoolean({ message: 'acknowledged must be true or false' })
  acknowledged?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ALERTS_LISTED, default: MAX_ALERTS_LISTED, description: 'How many alerts, newest first' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_ALERTS_LISTED)
  limit?: number;
}
