import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class RecordLeaveDto {
  @ApiProperty({ description: 'Username of the officer going on leave', example: 'jo.bloggs' })
  @IsString() @MaxLength(64)
  officer: string;

  @ApiProperty({ format: 'date-time', description: "The leave's start: the officer's open tasks are handed over then" })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({ description: 'Username of the covering officer; without one the tasks go back to the team queue' })
  @IsOptional() @IsString() @MaxLength(64)
  cover?: string;
}
