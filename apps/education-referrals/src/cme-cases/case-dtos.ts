import { CmeOutcomes, type CmeOutcome } from '@homeward/contracts';
import { IsCalendarDate } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ReasonableEnquiries, type EnquiryResult, type ReasonableEnquiry } from '../cme-rules';
import { SchoolRefDto } from '../school-returns/school-return.dtos';

export class RecordEnquiryDto {
  @ApiProperty({ enum: ReasonableEnquiries })
  @IsIn(ReasonableEnquiries)
  enquiry: ReasonableEnquiry;

  @ApiProperty({ example: '2026-11-18' })
  @IsCalendarDate()
  madeOn: string;

  @ApiProperty({ enum: ['FOUND', 'NOT_FOUND', 'NO_RESPONSE'] })
  @IsIn(['FOUND', 'NOT_FOUND', 'NO_RESPONSE'])
  result: EnquiryResult;

  @ApiPropertyOptional({ example: 'GP practice has no record since July', description: 'Personal: stored for the record, never logged or published' })
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: CmeOutcomes })
  @IsIn(CmeOutcomes)
  outcome: CmeOutcome;

  @ApiProperty({ example: '2026-11-30', description: "The day the child's education was accounted for again" })
  @IsCalendarDate()
  resolvedOn: string;

  @ApiPropertyOptional({ type: SchoolRefDto, description: 'ON_ROLL_ELSEWHERE, PLACE_ARRANGED: the school' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SchoolRefDto)
  school?: SchoolRefDto;

  @ApiPropertyOptional({ description: 'ON_ROLL_ELSEWHERE: the school is in this LA' })
  @IsOptional() @IsBoolean()
  schoolInArea?: boolean;

  @ApiPropertyOptional({ example: 'E10000024', description: 'MOVED_TO_ANOTHER_LA: the authority now responsible' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'authority must be an authority code' })
  authority?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'MOVED_TO_ANOTHER_LA: when that LA was told and took the case' })
  @IsOptional() @IsCalendarDate()
  authorityToldOn?: string;

  @ApiPropertyOptional({ example: 'Pakistan', description: 'LEFT_THE_COUNTRY' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100)
  country?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: "WHEREABOUTS_UNKNOWN: the day the lost CTF was uploaded to the DfE's lost pupils database" })
  @IsOptional() @IsCalendarDate()
  ctfUploadedOn?: string;

  @ApiPropertyOptional({ example: "Children's social care front door (MASH)", description: 'SAFEGUARDING_REFERRAL: to whom' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  referredTo?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'SAFEGUARDING_REFERRAL: when' })
  @IsOptional() @IsCalendarDate()
  referredOn?: string;
}
