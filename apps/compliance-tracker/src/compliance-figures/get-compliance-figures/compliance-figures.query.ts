import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

/** The period, by the time each piece of work counts from (found time for an RHI). */
export class ComplianceFiguresQuery {
  @ApiProperty({ format: 'date-time', description: 'Start of the period (inclusive)' })
  @IsISO8601({ strict: true })
  from: string;

  @ApiProperty({ format: 'date-time', description: 'End of the period (exclusive)' })
  @IsISO8601({ strict: true })
  to: string;
}
