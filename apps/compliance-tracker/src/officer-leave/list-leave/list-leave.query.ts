import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListLeaveQuery {
  @ApiPropertyOptional({ description: 'Only this officer\'s leave (username)' })
  @IsOptional() @IsString() @MaxLength(64)
  officer?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only leave in force at this instant' })
  @IsOptional() @IsISO8601({ strict: true })
  activeAt?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize = 50;
}
