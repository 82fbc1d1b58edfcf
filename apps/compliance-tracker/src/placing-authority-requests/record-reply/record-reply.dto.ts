import { IsInstant } from '@homeward/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class RecordReplyDto {
  @ApiProperty({ format: 'date-time', description: 'When the reply came (not in the future, not before the request)' })
  @IsInstant()
  receivedAt: string;

  @ApiProperty({ description: 'The CSE risk assessment came' })
  @IsBoolean()
  riskAssessment: boolean;

  @ApiProperty({ description: 'The risk management plan came' })
  @IsBoolean()
  riskManagementPlan: boolean;
}
