import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class Figure {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Of the total, rounded to one decimal; null when the total is 0', nullable: true, type: Number }) percent: number | null;
}

export class ReturnInterviewFigures {
  @ApiProperty({ description: 'Return interviews due in the period (superseded and cancelled left out)' }) total: number;
  @ApiProperty() offeredWithin72h: Figure;
  @ApiProperty() heldWithin72h: Figure;
  @ApiProperty() declined: Figure;
  @ApiProperty() notOffered: Figure;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Not offered, counted by reason' }) notOfferedByReason: Record<string, number>;
  @ApiProperty({ description: 'Still open and past their deadline now' }) overdueNow: Figure;
}

export class MeetingFigures {
  @ApiProperty({ description: 'Multi-agency meetings and strategy discussions in the period' }) total: number;
  @ApiProperty() heldByDeadline: Figure;
  @ApiProperty() overdueNow: Figure;
}

/** RHIs of one side of the placing line: the Board reads ours and those placed here apart. */
export class ResponsibilityFigures {
  @ApiProperty() total: number;
  @ApiProperty() offeredWithin72h: Figure;
  @ApiProperty() heldWithin72h: Figure;
  @ApiProperty() declined: Figure;
  @ApiProperty() notOffered: Figure;
  @ApiProperty() overdueNow: Figure;
}

export class ReturnInterviewsByResponsibility {
  @ApiProperty({ description: 'Children this authority is responsible for (or no responsible authority given)' }) ours: ResponsibilityFigures;
  @ApiProperty({ description: 'Children placed here by another authority (responsible for their RHI)' }) placedHere: ResponsibilityFigures;
}

/** The Board's figures for one stretch of time. */
export class PeriodFigures {
  @ApiProperty({ format: 'date-time', description: 'Start of the stretch (inclusive)' }) from: string;
  @ApiProperty({ format: 'date-time', description: 'End of the stretch (exclusive)' }) to: string;
  @ApiProperty() returnInterviews: ReturnInterviewFigures;
  @ApiProperty() meetings: MeetingFigures;
  @ApiPropertyOptional({ type: ReturnInterviewsByResponsibility, description: 'Only when homeAuthority is asked' }) returnInterviewsByResponsibility?: ReturnInterviewsByResponsibility;
}

export class MonthFigures extends PeriodFigures {
  @ApiProperty({ example: '2025-10', description: 'The Europe/London calendar month; its first and last may be cut to the period' }) month: string;
}

export class ComplianceFigures extends PeriodFigures {
  @ApiProperty({ type: [MonthFigures], description: 'The same figures for each London calendar month in the period, in order' }) byMonth: MonthFigures[];
}
