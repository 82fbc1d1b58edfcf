import { IsCalendarDateOrInstant } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

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

  @ApiPropertyOptional({
    description: 'This authority\'s code: when given, each period also splits its RHIs into ours (responsible authority this one, or none) and placed here by another authority',
    example: 'E10000024',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'homeAuthority must be an authority code' })
  homeAuthority?: string;
}
