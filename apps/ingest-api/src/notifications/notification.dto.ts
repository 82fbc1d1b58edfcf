import {
  CancellationReason,
  CancellationReasons,
  CareStatus,
  CareStatuses,
  MissingFrom,
  MissingFromPlaces,
  NotificationType,
  NotificationTypes,
  RiskLevel,
  RiskLevels,
  Vulnerabilities,
  Vulnerability,
} from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInstant } from '@homeward/platform';
import { OnlyWithType } from './notification.validators';

export class ChildDto {
  @ApiProperty({ example: 'Jordan' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  givenName: string;

  @ApiProperty({ example: "O'Neill" })
  @IsString() @IsNotEmpty() @MaxLength(100)
  familyName: string;

  @ApiProperty({ example: '2012-04-17', description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  dateOfBirth: string;

  @ApiPropertyOptional({ example: 'F' })
  @IsOptional() @IsString() @MaxLength(30)
  gender?: string;

  @ApiPropertyOptional({ example: 'NCC-000123', description: "The local authority's id for the child, when known" })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50)
  localAuthorityId?: string;
}

export class LocationDto {
  @ApiPropertyOptional({ example: 'NG1 5FT' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9 ]{2,10}$/, { message: 'postcode must be a UK postcode' })
  postcode?: string;

  @ApiPropertyOptional({ example: 'Bus station' })
  @IsOptional() @IsString() @MaxLength(500)
  description?: string;
}

export class FoundDetailsDto {
  @ApiPropertyOptional({ example: 'Foster carer' })
  @IsOptional() @IsString() @MaxLength(200)
  returnedTo?: string;

  @ApiPropertyOptional({ example: 'Police' })
  @IsOptional() @IsString() @MaxLength(200)
  foundBy?: string;

  @ApiPropertyOptional({ example: '2026-06-02T00:15:00Z' })
  @IsOptional() @IsInstant()
  safeAndWellCheckAt?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional() @IsBoolean()
  harmSuffered?: boolean;
}

export class CancellationDto {
  @ApiProperty({ enum: CancellationReasons, description: 'MADE_IN_ERROR: reported by mistake; DUPLICATE_REPORT: the child is reported under another occurrence; NOT_MISSING: the child was never missing' })
  @IsIn(CancellationReasons)
  reason: CancellationReason;
}

/** The police integration contract (ARCHITECTURE.md): field names are fixed, additions optional. */
export class NotificationDto {
  @ApiProperty({ example: 'NICHE-2026-000123-01', description: "The sender's unique id for this message (idempotency)" })
  @IsString() @IsNotEmpty() @MaxLength(100) @Matches(/^[\w.:\-/]+$/, { message: 'notificationId may hold letters, digits and . _ : - / only' })
  notificationId: string;

  @ApiProperty({
    enum: NotificationTypes,
    description:
      'CANCELLED withdraws the occurrence\'s report made in error (give `cancellation`): the episode is closed as withdrawn and its open work cancelled. ' +
      "CORRECTED corrects the child's details on the occurrence: send the occurrence's record with the corrected `child` (names, date of birth, LA id); " +
      'only the child is read from it (send RISK_UPDATED to change the grading). Both carry the whole record, as every type does.',
  })
  @IsIn(NotificationTypes)
  type: NotificationType;

  @ApiProperty({ example: 'NT/26/004512', description: "The episode's police occurrence reference" })
  @IsString() @IsNotEmpty() @MaxLength(64)
  policeReference: string;

  @ApiProperty({ example: '2026-06-01T19:00:00Z', description: "Missing since, risk changed at, or found at: not before the child's date of birth, not more than OCCURRED_AT_MAX_AGE_DAYS (default 366) days before receipt, at most 5 minutes ahead" })
  @IsInstant()
  occurredAt: string;

  @ApiProperty({ type: ChildDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ChildDto)
  child: ChildDto;

  @ApiProperty({ enum: RiskLevels })
  @IsIn(RiskLevels)
  riskLevel: RiskLevel;

  @ApiProperty({ enum: CareStatuses })
  @IsIn(CareStatuses)
  careStatus: CareStatus;

  @ApiPropertyOptional({ example: 'E10000024', description: "The placing authority's code when looked after" })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'responsibleAuthority must be an authority code' })
  responsibleAuthority?: string;

  @ApiPropertyOptional({ enum: MissingFromPlaces })
  @IsOptional() @IsIn(MissingFromPlaces)
  missingFrom?: MissingFrom;

  @ApiPropertyOptional({ enum: Vulnerabilities, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(Vulnerabilities.length) @ArrayUnique() @IsIn(Vulnerabilities, { each: true })
  vulnerabilities?: Vulnerability[];

  @ApiPropertyOptional({ type: LocationDto, description: 'Last seen, or found' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => LocationDto)
  location?: LocationDto;

  @ApiPropertyOptional({ type: FoundDetailsDto, description: 'Only with type FOUND' })
  @IsOptional() @OnlyWithType('FOUND') @IsObject() @ValidateNested() @Type(() => FoundDetailsDto)
  found?: FoundDetailsDto;

  @ApiPropertyOptional({ type: CancellationDto, description: 'Required with type CANCELLED, and only with it: why the report is withdrawn' })
  @ValidateIf((n: NotificationDto) => n.type === 'CANCELLED' || n.cancellation !== undefined)
  @OnlyWithType('CANCELLED') @IsDefined({ message: 'cancellation is required with type CANCELLED' }) @IsObject() @ValidateNested() @Type(() => CancellationDto)
  cancellation?: CancellationDto;
}

export class NotificationAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['accepted'] })
  status: 'accepted';
}
