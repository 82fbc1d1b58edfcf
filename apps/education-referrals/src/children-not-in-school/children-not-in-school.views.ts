import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class NotInSchoolEntryView {
  @ApiProperty({ example: 'Amira Khan' }) name: string;
  @ApiProperty({ example: '2013-09-14' }) dateOfBirth: string;
  @ApiPropertyOptional({ example: 'NG6 8AB' }) postcode: string | null;
  @ApiProperty({ enum: ['ELECTIVE_HOME_EDUCATION', 'MISSING_EDUCATION'] }) basis: 'ELECTIVE_HOME_EDUCATION' | 'MISSING_EDUCATION';
  @ApiProperty({ example: '2026-10-01', description: 'Not a registered pupil since' }) since: string;
  @ApiPropertyOptional({ description: 'Who educates the child, when known' }) provider: string | null;
  @ApiPropertyOptional({ description: 'The CME case, for a child missing education' }) caseReference: string | null;
}
