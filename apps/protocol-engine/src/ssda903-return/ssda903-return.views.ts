import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { AbsenceKinds } from './absence-kind';

/** `?year=`: checked by missingReturnYear, so the 400 names the field. */
export class MissingReturnQuery {
  @ApiProperty({ example: 2026, description: 'The collection year, named by the year it starts: 2026 is 1 April 2026 to 31 March 2027 (London dates)' })
  @Allow()
  year: string;
}

export class MissingTableRowView {
  @ApiProperty({ nullable: true, type: String, example: 'LA1001', description: "CHILD: the child's 903 identifier (the LA's own child id)" }) CHILD: string | null;
  @ApiProperty({ nullable: true, type: String, example: '04/05/2012', description: 'DOB, dd/mm/yyyy' }) DOB: string | null;
  @ApiProperty({ enum: AbsenceKinds, description: 'MISSING: M (missing) or A (away from placement without authorisation)' }) MISSING: string;
  @ApiProperty({ nullable: true, type: String, example: '01/04/2026', description: 'MIS_START, dd/mm/yyyy, the London date' }) MIS_START: string | null;
  @ApiProperty({ nullable: true, type: String, example: '02/04/2026', description: 'MIS_END, dd/mm/yyyy; blank while still missing, or when the episode ended after the year' }) MIS_END: string | null;
}

export class MissingReturnRowView {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
  @ApiProperty({ example: 'NOTTS' }) force: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date }) missingSince: Date | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date }) foundAt: Date | null;
  @ApiProperty({ type: MissingTableRowView, description: 'The row exactly as the DfE file holds it' }) row: MissingTableRowView;
  @ApiProperty({ description: 'true: MISSING is the default from the police gradings (A when every grading was VERY_LOW, the former "absent"; else M), not set by staff. Not in the DfE file' })
  defaulted: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Who set M/A (null: defaulted)' }) kindSetBy: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date }) kindSetAt: Date | null;
}

export class MissingReturnFailureView {
  @ApiProperty({ example: '574', description: "The DfE's validation rule code, or HW-CHILD / HW-DOB for our completeness checks" }) code: string;
  @ApiProperty({ description: "The DfE's message (or ours)" }) message: string;
  @ApiProperty({ enum: ['DFE', 'HOMEWARD'] }) source: string;
  @ApiProperty({ type: [String], example: ['MIS_START'] }) fields: string[];
  @ApiProperty({ format: 'uuid', description: 'The episode to fix' }) episodeId: string;
  @ApiProperty() policeReference: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
}

export class MissingReturnRuleView {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiProperty({ enum: ['DFE', 'HOMEWARD'] }) source: string;
}

export class MissingReturnSummaryView {
  @ApiProperty() rows: number;
  @ApiProperty() children: number;
  @ApiProperty({ description: 'Rows with MISSING M' }) missing: number;
  @ApiProperty({ description: 'Rows with MISSING A' }) away: number;
  @ApiProperty({ description: 'Rows whose M/A is the default' }) defaulted: number;
  @ApiProperty({ description: 'Rows with a blank MIS_END' }) openAtYearEnd: number;
  @ApiProperty() failures: number;
}

export class MissingReturnView {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '2026-04-01' }) collectionStart: string;
  @ApiProperty({ example: '2027-03-31' }) collectionEnd: string;
  @ApiProperty({ format: 'date-time' }) asOf: Date;
  @ApiProperty({ description: 'No failures: the CSV may be downloaded' }) valid: boolean;
  @ApiProperty({ type: MissingReturnSummaryView }) summary: MissingReturnSummaryView;
  @ApiProperty({ type: [MissingReturnFailureView], description: 'Every failure, by row then rule' }) failures: MissingReturnFailureView[];
  @ApiProperty({ type: [MissingReturnRowView], description: 'By CHILD, then MIS_START' }) rows: MissingReturnRowView[];
  @ApiProperty({ type: [MissingReturnRuleView], description: 'The checks run' }) rulesChecked: MissingReturnRuleView[];
}

export class AbsenceKindBody {
  @ApiProperty({ enum: AbsenceKinds, description: 'M (missing) or A (away from placement without authorisation)' })
  @Allow() // checked by the command
  kind: string;
}

export class AbsenceKindView {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ enum: AbsenceKinds }) kind: string;
  @ApiProperty({ enum: AbsenceKinds, description: 'What the police data would give' }) defaultKind: string;
  @ApiProperty() setBy: string;
  @ApiProperty({ format: 'date-time' }) setAt: Date;
}
