import { IsInstant } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RecordLeaveDto {
  @ApiProperty({ description: 'Username of the officer going on leave', example: 'jo.bloggs' })
  @IsString() @MaxLength(64)
  officer: string;

  @ApiProperty({ format: 'date-time', description: "The leave's start: the officer's open tasks are handed over then" })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  endsAt: string;

  @ApiPropertyOptional({ description: 'Username of the covering officer; without one the tasks go back to the team queue' })
  @IsOptional() @IsString() @MaxLength(64)
  cover?: string;
}
