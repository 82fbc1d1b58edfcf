import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CmeOutcomes, type CmeOutcome } from '@homeward/contracts';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class CmeCasesQuery {
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'], default: 'OPEN' })
  @IsOptional() @IsIn(['OPEN', 'CLOSED'])
  status?: 'OPEN' | 'CLOSED';

  @ApiPropertyOptional({ enum: CmeOutcomes, description: 'Closed cases with this outcome' })
  @IsOptional() @IsIn(CmeOutcomes)
  outcome?: CmeOutcome;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
