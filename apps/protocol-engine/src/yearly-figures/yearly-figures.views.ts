import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** `?year=`: checked by missingReturnYear (the 903's year is the board's), so the 400 names the field. */
export class YearlyFiguresQuery {
  @ApiProperty({ example: 2026, description: 'The financial year, named by the year it starts: 2026 is 1 April 2026 to 31 March 2027 (London dates), as the SSDA903 collection year' })
  @Allow()
  year: string;
}

export class YearlyCountsView {
  @ApiProperty({ description: 'Police notifications (missing, risk update, found, withdrawal, correction) whose event time falls in it; duplicates and withdrawn episodes left out' }) notifications: number;
  @ApiProperty({ description: 'Episodes starting in it (the missing report, or the found when that is all the police sent); withdrawn left out' }) episodes: number;
  @ApiProperty({ description: 'Children with an episode starting in it, each counted once' }) children: number;
  @ApiProperty({ description: 'Repeat episodes: episodes of a child already missing before in the year (the 2nd and later starting in the year)' }) repeatEpisodes: number;
  @ApiProperty({ description: 'Children with a repeat episode in it; for the whole year, the children with 2 or more episodes in the year' }) repeatChildren: number;
}

export class MonthCountsView extends YearlyCountsView {
  @ApiProperty({ example: '2026-04', description: 'The Europe/London calendar month' }) month: string;
}

export class ForceCountsView extends YearlyCountsView {
  @ApiProperty({ example: 'NOTTS', description: 'The police force that reported' }) force: string;
}

export class YearlyFiguresView {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '2026-04-01', description: 'First London date of the year' }) start: string;
  @ApiProperty({ example: '2027-03-31', description: 'Last London date of the year' }) end: string;
  @ApiProperty({ format: 'date-time' }) asOf: Date;
  @ApiProperty({ example: 'E10000024', description: 'This authority: RHIs of children whose responsible authority it is (or none) are "ours", others "placed here"' }) homeAuthority: string;
  @ApiProperty({ type: YearlyCountsView, description: 'The whole year (a child counts once, not once a month)' }) total: YearlyCountsView;
  @ApiProperty({ type: [MonthCountsView], description: 'April to March, every month (0 when quiet)' }) byMonth: MonthCountsView[];
  @ApiProperty({ type: [ForceCountsView], description: 'Each force that reported in the year, by code' }) byForce: ForceCountsView[];
}
