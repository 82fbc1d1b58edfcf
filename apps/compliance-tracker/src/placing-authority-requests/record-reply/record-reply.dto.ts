import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsISO8601 } from 'class-validator';

export class RecordReplyDto {
  @ApiProperty({ format: 'date-time', description: 'When the reply came (not in the future, not before the request)' })
  @IsISO8601({ strict: true })
  receivedAt: string;

  @ApiProperty({ description: 'The CSE risk assessment came' })
  @IsBoolean()
  riskAssessment: boolean;

  @ApiProperty({ description: 'The risk management plan came' })
  @IsBoolean()
  riskManagementPlan: boolean;
}
