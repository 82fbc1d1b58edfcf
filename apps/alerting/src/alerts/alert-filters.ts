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

  @ApiPropertyOptional({ format: 'uuid', description: "The child's alerts; a record merged into this one brings its alerts with it" })
  @IsOptional() @IsUUID('all', { message: 'childId must be a child id (a UUID)' })
  childId?: string;
}

/** Whether an alert passes the filters: the live stream's test, the same as the feed's query. */
export function matchesFilters<A extends { kind: string; recipient: string; policeReference: string; childId: string }>(filters: AlertFilters): (alert: A) => boolean {
  return (a) =>
    (!filters.kind || a.kind === filters.kind) &&
    (!filters.recipient || a.recipient === filters.recipient) &&
    (!filters.policeReference || a.policeReference === filters.policeReference) &&
    (!filters.childId || a.childId === filters.childId);
}
