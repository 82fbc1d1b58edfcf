import { ApiPropertyOptional } from '@nestjs/swagger';
import { AlertingKind, AlertingKinds } from '@homeward/routing';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The filters the feed and the live stream share. */
export class AlertFilters {
  @ApiPropertyOptional({ enum: AlertingKinds })
  @IsOptional() @IsIn(AlertingKinds)
  kind?: AlertingKind;

  @ApiPropertyOptional({ example: 'CHILDREN_MISSING_OFFICER', description: 'A role, or `person:<id>` for a named subscriber' })
  @IsOptional() @IsString() @MaxLength(100)
  recipient?: string;

  @ApiPropertyOptional({ description: 'Exactly this police reference' })
  @IsOptional() @IsString() @MaxLength(64)
  policeReference?: string;

  @ApiPropertyOptional({ description: 'Exactly this CME case reference (alerts about CME tasks)', example: 'CME-2026-000042' })
  @IsOptional() @IsString() @MaxLength(64)
  caseReference?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The child's alerts; a record merged into this one brings its alerts with it" })
  @IsOptional() @IsUUID('all', { message: 'childId must be a child id (a UUID)' })
  childId?: string;
}

/** Whether an alert passes the filters: the live stream's test, the same as the feed's query. */
export function matchesFilters<A extends { kind: string; recipient: string; policeReference: string | null; caseReference?: string | null; childId: string | null }>(filters: AlertFilters): (alert: A) => boolean {
  return (a) =>
    (!filters.kind || a.kind === filters.kind) &&
    (!filters.recipient || a.recipient === filters.recipient) &&
    (!filters.policeReference || a.policeReference === filters.policeReference) &&
    (!filters.caseReference || a.caseReference === filters.caseReference) &&
    (!filters.childId || a.childId === filters.childId);
}
