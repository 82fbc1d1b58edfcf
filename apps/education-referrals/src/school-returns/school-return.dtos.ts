import { IsCalendarDate } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { DeletionAnswerView } from '../cme-cases/cme-case.views';
import { DeletionReasons, type DeletionReason } from '@homeward/contracts';
import { AddressDto, SchoolReturnDto } from './pupil.dto';

export class SchoolRefDto {
  @ApiProperty({ example: 'Riverside Academy' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '140123', description: "The school's URN when known" })
  @IsOptional() @IsString() @Matches(/^\d{6}$/, { message: 'urn must be six digits' })
  urn?: string;
}

export class DestinationSchoolDto extends SchoolRefDto {
  @ApiPropertyOptional({ example: '2026-11-02', description: 'When the pupil starts there, if known' })
  @IsOptional() @IsCalendarDate()
  startDate?: string;
}

export class DeletionGroundDto {
  @ApiProperty({ example: '9', description: 'The regulation of the School Attendance (Pupil Registration) (England) Regulations 2024' })
  @IsString() @Matches(/^\d{1,2}$/, { message: 'regulation must be a regulation number' })
  regulation: string;

  @ApiProperty({ example: '(1)(e)', description: 'Its paragraph, as written in the regulations' })
  @IsString() @Matches(/^[()\w]{1,20}$/, { message: 'paragraph must be written like (1)(e)' })
  paragraph: string;

  @ApiProperty({ enum: DeletionReasons, description: 'What the ground means, which decides what the LA does' })
  @IsIn(DeletionReasons)
  reason: DeletionReason;
}

/** A deletion return: sent as soon as a ground for deleting the pupil from the admission register is met, and no later than the deletion. */
export class DeletionReturnDto extends SchoolReturnDto {
  @ApiProperty({ type: DeletionGroundDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => DeletionGroundDto)
  ground: DeletionGroundDto;

  @ApiProperty({ example: '2026-11-20', description: 'The day the pupil is (or is to be) deleted' })
  @IsCalendarDate()
  deletionDate: string;

  @ApiPropertyOptional({ example: '2026-10-05', description: 'For a continuous absence: its first day' })
  @IsOptional() @IsCalendarDate()
  absenceStart?: string;

  @ApiPropertyOptional({ type: AddressDto, description: 'Where the pupil is going to live, if known' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AddressDto)
  futureAddress?: AddressDto;

  @ApiPropertyOptional({ type: DestinationSchoolDto })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => DestinationSchoolDto)
  destinationSchool?: DestinationSchoolDto;
}

/** A new-pupil return: within 5 school days of a mid-year admission, what the admission register holds. */
export class AdmissionReturnDto extends SchoolReturnDto {
  @ApiProperty({ example: '2026-11-09', description: 'The first day the pupil is on roll' })
  @IsCalendarDate()
  admissionDate: string;

  @ApiPropertyOptional({ type: SchoolRefDto, description: 'The school the pupil came from, if any' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SchoolRefDto)
  previousSchool?: SchoolRefDto;
}

export class SchoolEnquiryDto {
  @ApiProperty({ example: '2026-10-09' })
  @IsCalendarDate()
  madeOn: string;

  @ApiProperty({ example: 'Phoned both parents, no answer; letter sent home' })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  made: string;
}

/** An absence notice: 10 or more continuous school days of unauthorised absence. */
export class AbsenceNoticeDto extends SchoolReturnDto {
  @ApiProperty({ example: '2026-10-05', description: 'The first day of the continuous absence' })
  @IsCalendarDate()
  absenceStart: string;

  @ApiProperty({ example: 10, description: 'Continuous school days absent so far, all unauthorised' })
  @IsInt() @Min(10)
  schoolDaysAbsent: number;

  @ApiProperty({ example: ['O', 'G', 'N'], description: 'The attendance codes recorded for those days' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(60) @IsString({ each: true }) @Matches(/^[A-Z#]$/, { each: true, message: 'each attendance code is one capital letter or #' })
  attendanceCodes: string[];

  @ApiProperty({ type: [SchoolEnquiryDto], description: "The school's enquiries so far (it may be none yet)" })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SchoolEnquiryDto)
  enquiries: SchoolEnquiryDto[];
}

/** A sickness notice: 15 school days missed through illness, for the LA's s19 duty. */
export class SicknessNoticeDto extends SchoolReturnDto {
  @ApiProperty({ example: '2026-10-05', description: 'The first day missed' })
  @IsCalendarDate()
  absenceStart: string;

  @ApiProperty({ example: 15, description: 'School days missed through illness, continuous or over the year' })
  @IsInt() @Min(15)
  schoolDaysMissed: number;

  @ApiPropertyOptional({ example: 'Long-term illness; hospital school contacted' })
  @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}

export class SchoolReturnAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['accepted'] }) status: 'accepted';
  @ApiPropertyOptional({ example: 'CME-2026-000042', description: "The LA's children missing education case it opened, joined or closed" })
  caseReference?: string;
  @ApiProperty({ description: 'Sent later than the regulations allow (after the deletion; over 5 school days after an admission): taken, and counted' })
  late: boolean;
  @ApiPropertyOptional({ type: DeletionAnswerView, description: 'A deletion on the 20-day ground: whether the pupil may be deleted yet, and what the LA has still to do. Post the same return again later for a fresh answer.' })
  deletion?: DeletionAnswerView;
}
