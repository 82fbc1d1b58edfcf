import { IsCalendarDate } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { AddressDto, NamedChildDto, ParentDto } from '../school-returns/pupil.dto';
import { SchoolRefDto } from '../school-returns/school-return.dtos';

/** Who may refer a child to the CMO other than a school (schools send returns). */
export const AgencySources = ['OTHER_LOCAL_AUTHORITY', 'POLICE', 'HEALTH', 'HOUSING', 'PUBLIC', 'OTHER_AGENCY'] as const;
export type AgencySource = (typeof AgencySources)[number];

export class ReferrerDto {
  @ApiProperty({ example: 'Dee Walsh' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Derbyshire County Council, CME team' })
  @IsOptional() @IsString() @MaxLength(200)
  organisation?: string;

  @ApiPropertyOptional({ example: '01629 580000' })
  @IsOptional() @IsString() @Matches(/^\+?[\d ()-]{7,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

/** The child as the referrer knows them: often less than a school knows. */
export class ReferredChildDto extends NamedChildDto {
  @ApiPropertyOptional({ type: AddressDto, description: 'The last address known' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({ type: SchoolRefDto, description: 'The last school known' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SchoolRefDto)
  lastKnownSchool?: SchoolRefDto;
}

/** A referral or enquiry from another LA or agency, recorded by the CMO who took it. */
export class AgencyReferralDto {
  @ApiProperty({ format: 'uuid', description: "The form's own id for this referral: a double submission is recognised" })
  @IsUUID()
  referralId: string;

  @ApiProperty({ enum: AgencySources })
  @IsIn(AgencySources)
  source: AgencySource;

  @ApiProperty({ type: ReferrerDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ReferrerDto)
  referrer: ReferrerDto;

  @ApiProperty({ type: ReferredChildDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ReferredChildDto)
  child: ReferredChildDto;

  @ApiPropertyOptional({ type: [ParentDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => ParentDto)
  parents?: ParentDto[];

  @ApiProperty({ example: '2026-11-16', description: 'The day the referral was received' })
  @IsCalendarDate()
  receivedOn: string;

  @ApiPropertyOptional({ example: '2026-11-02', description: 'Since when the child has been out of education, if known' })
  @IsOptional() @IsCalendarDate()
  missingSince?: string;

  @ApiProperty({ example: 'Family moved here from Derby in October; no school place applied for', description: 'Personal: stored, never logged or published' })
  @IsString() @IsNotEmpty() @MaxLength(2000)
  reason: string;
}
