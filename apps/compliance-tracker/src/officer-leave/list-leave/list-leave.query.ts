import { IsInstant } from '@homeward/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListLeaveQuery {
  @ApiPropertyOptional({ description: 'Only this officer\'s leave (username)' })
  @IsOptional() @IsString() @MaxLength(64)
  officer?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only leave in force at this instant' })
  @IsOptional() @IsInstant()
  activeAt?: string;

  // Capped so the offset stays a number PostgreSQL takes (a huge page was a 500).
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 10_000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize = 50;
}
