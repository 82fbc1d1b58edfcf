import { PlacementProviderKind, PlacementProviderKinds } from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ChildDto } from '../notifications/notification.dto';
import { IsCalendarDate } from '@homeward/platform';

export class ProviderDto {
  @ApiProperty({ example: 'Oakfield House', description: "The carer or home the child lives with: personal (it says where the child lives), never logged" })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PlacementProviderKinds })
  @IsIn(PlacementProviderKinds)
  kind: PlacementProviderKind;
}

/** A placing authority's (or a children's home's, through staff) notice that a looked-after child was placed here. */
export class PlacementNoticeDto {
  @ApiProperty({ example: 'BRAD-PN-2026-00417', description: "The sender's unique id for this notice (idempotency)" })
  @IsString() @IsNotEmpty() @MaxLength(100)
  noticeId: string;

  @ApiProperty({ type: ChildDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ChildDto)
  child: ChildDto;

  @ApiProperty({ example: 'E08000032', description: "The placing (responsible) authority's code, as police notifications name it" })
  @IsString() @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'placingAuthority must be an authority code' })
  placingAuthority: string;

  @ApiProperty({ example: '2026-03-01', description: "The placement's first day, YYYY-MM-DD" })
  @IsCalendarDate()
  placementStart: string;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Its last day when known (YYYY-MM-DD); absent while open-ended' })
  @IsOptional() @IsCalendarDate()
  placementEnd?: string;

  @ApiProperty({ type: ProviderDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ProviderDto)
  provider: ProviderDto;

  @ApiProperty({ description: "The placing authority's risk assessment came with the notice" })
  @IsBoolean()
  riskAssessmentProvided: boolean;

  @ApiProperty({ description: 'Its risk management plan came with the notice' })
  @IsBoolean()
  riskManagementPlanProvided: boolean;
}

export class PlacementNoticeAcceptedDto {
  @ApiProperty({ format: 'uuid', description: "Homeward's id for the notice: decisions quote it" }) id: string;
  @ApiProperty({ enum: ['accepted'] }) status: 'accepted';
}
