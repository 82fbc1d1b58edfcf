import { IsInstant } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const NOT_BLANK = /\S/;

export class AskPlacingAuthorityDto {
  @ApiProperty({ description: 'The local authority that placed the child here', example: 'Bradford City Council' })
  @IsString() @Matches(NOT_BLANK, { message: 'placingAuthority must not be blank' }) @MaxLength(200)
  placingAuthority: string;

  @ApiProperty({ description: 'Who was asked: a person, or a team', example: 'Looked After Children team' })
  @IsString() @Matches(NOT_BLANK, { message: 'contact must not be blank' }) @MaxLength(200)
  contact: string;

  @ApiPropertyOptional({ description: "The contact's e-mail address", example: 'lac.team@bradford.gov.uk' })
  @IsOptional() @IsEmail() @MaxLength(320)
  contactEmail?: string;

  @ApiProperty({ format: 'date-time', description: 'When they were asked (not in the future); the chases count working days from it' })
  @IsInstant()
  askedAt: string;
}
