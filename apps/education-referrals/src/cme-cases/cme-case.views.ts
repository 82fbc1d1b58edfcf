import { CmeOutcomes, CmeSources, type CmeOutcome, type CmeSource } from '@homeward/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SchoolReturnKinds, type SchoolReturnKind } from '../school-returns/school-return.entity';

export class CmeCaseSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'CME-2026-000042' }) reference: string;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status: 'OPEN' | 'CLOSED';
  @ApiProperty({ enum: CmeSources }) source: CmeSource;
  @ApiProperty({ example: 'Amira Khan', description: "The pupil's name: personal, and this read is recorded" }) name: string;
  @ApiProperty({ example: '2013-09-14' }) dateOfBirth: string;
  @ApiPropertyOptional({ example: 'A123456789012' }) upn: string | null;
  @ApiPropertyOptional({ example: '140123', description: 'The school that referred the pupil' }) schoolUrn: string | null;
  @ApiProperty({ example: '2026-10-05' }) firstDayMissing: string;
  @ApiProperty() openedAt: string;
  @ApiPropertyOptional({ enum: CmeOutcomes }) outcome: CmeOutcome | null;
  @ApiPropertyOptional() closedAt: string | null;
  @ApiPropertyOptional({ description: 'School days missing education, once closed' }) schoolDaysMissing: number | null;
}

export class CaseReturnView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SchoolReturnKinds }) kind: SchoolReturnKind;
  @ApiProperty({ example: '140123' }) urn: string;
  @ApiProperty({ example: 'Riverside Academy' }) school: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty() late: boolean;
  @ApiProperty({ description: 'The return as the school sent it' }) body: Record<string, unknown>;
}

export class CmeCaseView extends CmeCaseSummaryView {
  @ApiProperty({ description: 'The pupil and parents as the latest return described them' }) pupil: Record<string, unknown>;
  @ApiProperty({ type: [CaseReturnView], description: 'Every return about this case, oldest first' }) returns: CaseReturnView[];
}
