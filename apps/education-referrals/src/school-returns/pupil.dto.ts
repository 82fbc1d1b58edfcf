import { IsCalendarDate } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

/** A UK address: lines and a postcode. Personal: it says where a child lives. Never logged. */
export class AddressDto {
  @ApiProperty({ example: ['12 Mill Lane', 'Bulwell', 'Nottingham'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(200, { each: true })
  lines: string[];

  @ApiProperty({ example: 'NG6 8AB' })
  @IsString() @Matches(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, { message: 'postcode must be a UK postcode' })
  postcode: string;
}

/** Who the child is, as a school or an agency names them. */
export class NamedChildDto {
  @ApiProperty({ example: 'Amira' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  givenName: string;

  @ApiProperty({ example: 'Khan' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  familyName: string;

  @ApiProperty({ example: '2013-09-14', description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  dateOfBirth: string;

  @ApiPropertyOptional({ example: 'A123456789012', description: 'The unique pupil number, when the school has one: 13 characters' })
  @IsOptional() @IsString() @Matches(/^[A-Z]\d{11}[0-9A-Z]$/, { message: 'upn must be a unique pupil number: a letter, 11 digits and a digit or letter' })
  upn?: string;
}

export class PupilDto extends NamedChildDto {
  @ApiPropertyOptional({ example: 'F' })
  @IsOptional() @IsString() @MaxLength(30)
  gender?: string;

  @ApiProperty({ type: AddressDto, description: 'Where the pupil lives, as the school last knew it' })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => AddressDto)
  address: AddressDto;
}

/** A parent or carer, as the admission register holds them. */
export class ParentDto {
  @ApiProperty({ example: 'Sara Khan' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Mother' })
  @IsOptional() @IsString() @MaxLength(50)
  relationship?: string;

  @ApiProperty({ example: '07700 900123', description: 'A phone number for an emergency' })
  @IsString() @Matches(/^\+?[\d ()-]{7,20}$/, { message: 'emergencyPhone must be a phone number' })
  emergencyPhone: string;

  @ApiProperty({ description: 'The pupil normally lives with this parent' })
  @IsBoolean()
  livesWithPupil: boolean;

  @ApiPropertyOptional({ type: AddressDto, description: "The parent's address when it is not the pupil's" })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AddressDto)
  address?: AddressDto;
}

/** What every return from a school carries: its own id (idempotency), the pupil and their parents. */
export class SchoolReturnDto {
  @ApiProperty({ example: 'OAK-2026-0042', description: "The school's unique id for this return: a repeat with the same id is recognised" })
  @IsString() @Matches(/^[\w.:/-]{1,100}$/, { message: 'returnId must be 1-100 letters, digits or . : / - _' })
  returnId: string;

  @ApiProperty({ type: PupilDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => PupilDto)
  pupil: PupilDto;

  @ApiProperty({ type: [ParentDto], description: 'At least one: the LA needs someone to reach' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => ParentDto)
  parents: ParentDto[];
}
