import { IsCalendarDate } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';

export class CmeFiguresQuery {
  @ApiProperty({ example: '2026-09-01', description: 'First London date of the period' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last London date of the period, included' })
  @IsCalendarDate()
  to: string;
}
