import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** `?month=`: checked by packMonth, so the 400 names the field. */
export class MonthlyPackQuery {
  @ApiProperty({ example: '2026-11', description: 'The calendar month, YYYY-MM, in London dates' })
  @Allow()
  month: string;
}

export const PackCriteria = ['MONTHLY_MEETING', 'CSE_MEETING', 'HIGH_RISK'] as const;
export type PackCriterion = (typeof PackCriteria)[number];

export class PackReasonView {
  @ApiProperty({ enum: PackCriteria, description: "MONTHLY_MEETING or CSE_MEETING: on that meeting's list in the month (persistent missing, under the default protocol); HIGH_RISK: graded high by the police" })
  criterion: PackCriterion;
  @ApiProperty({ example: 'Persistent missing: 3 or more episodes in a rolling 90 days' }) reason: string;
  @ApiProperty({ format: 'date-time', description: 'On the list since, or first graded high in the episode' }) since: Date;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date, description: 'When the child left the list (null: still on it, or not a listing)' }) leftAt: Date | null;
}

export class PackEpisodeView {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
  @ApiProperty({ example: 'NOTTS' }) force: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date }) missingSince: Date | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date, description: 'null: still missing' }) foundAt: Date | null;
  @ApiProperty({ example: 'HIGH', description: 'The latest police grading' }) riskLevel: string;
  @ApiProperty({ type: [String], example: ['CSE'] }) vulnerabilities: string[];
  @ApiProperty({ nullable: true, type: String, description: "Where the child was found, as the police described it" }) foundLocation: string | null;
}

/** A child the meeting discusses (personal data: each read is recorded), why, and their episodes in the month. */
export class PackChildView {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ example: '2012-05-04' }) dateOfBirth: string;
  @ApiProperty({ nullable: true, type: String }) localAuthorityId: string | null;
  @ApiProperty({ type: [PackReasonView] }) reasons: PackReasonView[];
  @ApiProperty({ type: [PackEpisodeView], description: 'Episodes open at any time in the month, earliest first' }) episodes: PackEpisodeView[];
}

export class HotspotChildView {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
}

export class HotspotView {
  @ApiProperty({ enum: ['POSTCODE_DISTRICT', 'PLACE'] }) by: string;
  @ApiProperty({ example: 'NG1', description: 'The postcode district, or the described place as compared (lower case, no punctuation)' }) key: string;
  @ApiProperty({ example: 'Victoria Centre', description: 'As the police most often wrote it this month' }) label: string;
  @ApiProperty({ description: 'Reports in the month naming the place (missing, risk update or found)' }) reports: number;
  @ApiProperty() foundReports: number;
  @ApiProperty() lastSeenReports: number;
  @ApiProperty({ description: 'Reports naming it the month before' }) reportsMonthBefore: number;
  @ApiProperty({ description: 'reports − reportsMonthBefore' }) change: number;
  @ApiProperty() episodes: number;
  @ApiProperty({ type: [HotspotChildView] }) children: HotspotChildView[];
}

export class MonthlyPackView {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ example: '2026-10' }) previousMonth: string;
  @ApiProperty({ format: 'date-time' }) asOf: Date;
  @ApiProperty({ type: [PackChildView], description: 'Children meeting the persistent, high-risk or CSE criteria in the month, by family name' }) children: PackChildView[];
  @ApiProperty({ type: [HotspotView], description: 'Places named in two or more reports in the month: postcode districts, then described places, most reports first' }) hotspots: HotspotView[];
}
