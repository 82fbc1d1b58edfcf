import { IsCalendarDateOrInstant } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';

/** The period, by the time each piece of work counts from (found time for an RHI). */
export class ComplianceFiguresQuery {
  @ApiProperty({
    description: 'Start of the period: a London date (YYYY-MM-DD, from the start of that day) or an instant (date-time, inclusive)',
    example: '2025-10-01',
  })
  @IsCalendarDateOrInstant()
  from: string;

  @ApiProperty({
    description: 'End of the period: a London date (YYYY-MM-DD, that whole day included) or an instant (date-time, exclusive)',
    example: '2025-12-31',
  })
  @IsCalendarDateOrInstant()
  to: string;
}
