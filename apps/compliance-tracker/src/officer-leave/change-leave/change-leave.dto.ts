import { IsInstant } from '@homeward/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ChangeLeaveDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'A new start; only before the leave has started (the hand-over alarm moves with it)' })
  @IsOptional() @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'A new end; while the leave is under way it must be in the future (cancel it to end it now)' })
  @IsOptional() @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The new cover (username), or null for the team queue. During leave, the tasks it moved to the previous cover go to the new one',
  })
  @IsOptional() @IsString() @MaxLength(64)
  coverUsername?: string | null;
}
