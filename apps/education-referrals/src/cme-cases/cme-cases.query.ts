import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CmeOutcomes, type CmeOutcome } from '@homeward/contracts';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class CmeCasesQuery {
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'], default: 'OPEN' })
  @IsOptional() @IsIn(['OPEN', 'CLOSED'])
  status?: 'OPEN' | 'CLOSED';

  @ApiPropertyOptional({ enum: CmeOutcomes, description: 'Closed cases with this outcome' })
  @IsOptional() @IsIn(CmeOutcomes)
  outcome?: CmeOutcome;

  @ApiPropertyOptional({ description: "The child's keyed hash (protocol-engine's child record gives it as educationKey): the same child's cases, open and closed" })
  @IsOptional() @Matches(/^[0-9a-f]{64}$/, { message: 'childKey must be 64 hexadecimal characters' })
  childKey?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;
}
