import { IsInstant } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { VersionStatuses } from './protocol-version.entity';

export class CreateVersionBody {
  @ApiProperty({
    description:
      'A protocol profile (see libs/protocol ProtocolProfile): version label, timers, shared conditions and rules as json-rules-engine conditions over the protocol facts. Each problem is answered with the rule it is in.',
    example: { version: 'nscb-2026-1', timers: [], rules: [] },
  })
  @IsObject()
  profile: Record<string, unknown>;
}

export class ActivateVersionBody {
  @ApiPropertyOptional({ description: 'Instant the version takes effect; not in the past; default now', example: '2026-04-01T00:00:00Z' })
  @IsOptional() @IsInstant()
  effectiveFrom?: string;
}

export class ProtocolVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'nscb-default-2' }) version: string;
  @ApiProperty({ enum: VersionStatuses }) status: string;
  @ApiProperty({ description: 'The profile (rules as data)' }) profile: object;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) effectiveFrom: Date | null;
  @ApiProperty() createdBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ nullable: true, type: String }) activatedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) activatedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'A later version decides from this instant' })
  retiredAt: Date | null;
}
