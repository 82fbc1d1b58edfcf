import { MissingFromPlaces, PlacementProviderKinds, RiskLevels, Vulnerabilities } from '@homeward/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** `?week=`: checked by weeklyReportWeek, so the 400 names the field. */
export class WeeklyReportQuery {
  @ApiProperty({ example: '2026-11-23', description: 'The Monday the week starts on (YYYY-MM-DD); the week runs to the Sunday, London dates' })
  @Allow()
  week: string;
}

export class WeeklyChildView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null once erased' }) givenName: string | null;
  @ApiProperty({ nullable: true, type: String }) familyName: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The LA's own child id" }) localAuthorityId: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2012-05-04' }) dateOfBirth: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole years on the London day the episode started' }) ageYears: number | null;
}

export class WeeklyPlacementView {
  @ApiProperty({ nullable: true, enum: [...new Set([...PlacementProviderKinds, ...MissingFromPlaces])], description: "The placement notice's provider kind for a child placed here; else the kind of place the police say the child went missing from" })
  kind: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The provider named by the placement notice covering the episode's start (children placed here only)" }) provider: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'That notice; null: none on record (placed here without notice, or ours)' }) noticeId: string | null;
}

export class WeeklyRiskChangeView {
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ enum: RiskLevels }) riskLevel: string;
}

export class WeeklyFoundLocationView {
  @ApiProperty({ nullable: true, type: String, example: 'NG1 5FS' }) postcode: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the child was returned to' }) returnedTo: string | null;
}

export class WeeklyEpisodeView {
  @ApiProperty({ format: 'uuid', description: "Join compliance-tracker's /v1/episode-work on it" }) episodeId: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
  @ApiProperty({ example: 'NOTTS', description: 'The reporting force' }) force: string;
  @ApiProperty({ type: WeeklyChildView }) child: WeeklyChildView;
  @ApiProperty({ type: WeeklyPlacementView }) placement: WeeklyPlacementView;
  @ApiProperty({ nullable: true, type: String, description: 'The responsible (placing) authority the police gave' }) placingAuthority: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date }) missingSince: Date | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date, description: 'Null: still missing now' }) foundAt: Date | null;
  @ApiProperty({ description: 'Not found by the end of the week (by now, in a week not yet over)' }) stillMissing: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Missing since to found, or to now; null when the start is not known' }) durationMinutes: number | null;
  @ApiProperty({ enum: RiskLevels, description: 'As the protocol last decided it (the grading raised by flags)' }) riskLevel: string;
  @ApiProperty({ enum: RiskLevels, description: "The police's latest grading" }) policeRiskLevel: string;
  @ApiProperty({ type: [WeeklyRiskChangeView], description: 'Each police grading that changed the risk, oldest first (the first always)' }) riskChanges: WeeklyRiskChangeView[];
  @ApiProperty({ enum: Vulnerabilities, isArray: true }) vulnerabilities: string[];
  @ApiProperty({ type: WeeklyFoundLocationView, nullable: true, description: 'From the found report; null when the police gave none' }) foundLocation: WeeklyFoundLocationView | null;
  @ApiProperty({ nullable: true, type: Number, description: "The child's episodes starting in the repeat window up to this one's start, this one included" }) repeatCount: number | null;
  @ApiProperty({ description: 'Ours, reported by a force outside our area (HOME_FORCES): the RHI is arranged in the host area' }) missingElsewhere: boolean;
}

export class WeeklySummaryView {
  @ApiProperty() episodes: number;
  @ApiProperty() children: number;
  @ApiProperty({ description: 'Episodes not ended by the end of the week' }) stillMissing: number;
  @ApiProperty({ description: 'Episodes whose risk is HIGH' }) highRisk: number;
}

export class WeeklyReportView {
  @ApiProperty({ example: '2026-11-23', description: 'The Monday' }) weekStart: string;
  @ApiProperty({ example: '2026-11-29', description: 'The Sunday' }) weekEnd: string;
  @ApiProperty({ format: 'date-time', description: "The Monday's London midnight" }) from: Date;
  @ApiProperty({ format: 'date-time', description: "The next Monday's London midnight (excluded)" }) to: Date;
  @ApiProperty({ format: 'date-time' }) asOf: Date;
  @ApiProperty({ example: 'E08000032' }) homeAuthority: string;
  @ApiProperty({ nullable: true, type: Number, example: 90, description: "The active protocol's repeat window" }) repeatWindowDays: number | null;
  @ApiProperty({ type: WeeklySummaryView, description: 'Over all three parts (RHIs overdue: compliance-tracker)' }) summary: WeeklySummaryView;
  @ApiProperty({ type: [WeeklyEpisodeView], description: 'Our looked-after children, wherever placed; by start' }) ours: WeeklyEpisodeView[];
  @ApiProperty({ type: [WeeklyEpisodeView], description: 'Children placed here by other authorities; by start' }) placedHere: WeeklyEpisodeView[];
  @ApiProperty({ type: [WeeklyEpisodeView], description: 'Looked after, but the police gave no responsible authority; by start' }) authorityNotKnown: WeeklyEpisodeView[];
}
