import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CountView {
  @ApiProperty({ example: 'SCHOOL_ABSENCE_NOTICE' }) key: string;
  @ApiProperty() count: number;
}

export class TermCensusView {
  @ApiProperty({ example: 'Autumn' }) term: string;
  @ApiProperty({ example: '2026-09-01' }) start: string;
  @ApiProperty({ example: '2026-12-18' }) end: string;
  @ApiProperty({ description: 'Children deleted from a school roll to elective home education in the term' }) electiveHomeEducation: number;
  @ApiProperty({ description: 'Children missing education at any time in the term (a CME case open on any day of it)' }) childrenMissingEducation: number;
}

/** Counts only: no child can be told from these figures. */
export class CmeFiguresView {
  @ApiProperty({ example: '2026-09-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ description: 'CME cases opened in the period' }) referrals: number;
  @ApiProperty({ type: [CountView], description: 'Cases opened in the period by how they came: a school return or an agency' }) referralsBySource: CountView[];
  @ApiProperty({ type: [CountView], description: "Every return and referral in the period by its reason: the deletion ground, or the kind of notice, or the agency" }) referralsByReason: CountView[];
  @ApiProperty({ description: 'Cases closed in the period' }) resolved: number;
  @ApiProperty({ type: [CountView], description: 'Cases closed in the period by outcome' }) resolvedByOutcome: CountView[];
  @ApiPropertyOptional({ description: 'Median school days missing education of the cases closed in the period' }) medianSchoolDaysMissing: number | null;
  @ApiPropertyOptional({ description: 'Median calendar days from referral to resolution of the cases closed in the period' }) medianDaysToResolution: number | null;
  @ApiProperty({ description: 'Open CME cases now: children currently missing education' }) currentlyMissingEducation: number;
  @ApiProperty({ description: "Lost pupils: closed as whereabouts unknown, on the DfE's lost pupils database" }) lostPupils: number;
  @ApiProperty({ type: [TermCensusView], description: 'The termly counts for the academic year that `to` falls in' }) census: TermCensusView[];
}
