import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CancelReason, CancelReasons } from './cancel-reasons';

export class CancelTaskDto {
  @ApiProperty({ enum: CancelReasons, description: 'Why the work is cancelled (recorded in the task history)' })
  @IsIn(CancelReasons, { message: `reason must be one of ${CancelReasons.join(', ')}` })
  reason: CancelReason;
}
