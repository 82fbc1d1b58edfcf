import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A leave period as the admin API shows it: officers by username. */
export class LeaveView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The officer on leave' }) officer: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The covering officer; null: the team queue' }) cover: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: "When the officer's tasks were handed over" }) routedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'How many tasks were handed over' }) routedTasks: number | null;
}

export interface LeaveRow {
  id: string;
  officer: string;
  starts_at: Date;
  ends_at: Date;
  cover: string | null;
  recorded_by: string;
  recorded_at: Date;
  routed_at: Date | null;
  routed_tasks: number | null;
}

/** Leave rows with usernames; callers add `WHERE`, order and paging. */
export const LEAVE_SELECT = `
  SELECT l.id, o.username AS officer, l.starts_at, l.ends_at, c.username AS cover, l.recorded_by, l.recorded_at, l.routed_at, l.routed_tasks
    FROM officer_leave l JOIN officers o ON o.id = l.officer_id LEFT JOIN officers c ON c.id = l.cover_officer_id`;

export function toLeaveView(r: LeaveRow): LeaveView {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id,
    officer: r.officer,
    startsAt: iso(r.starts_at)!,
    endsAt: iso(r.ends_at)!,
    cover: r.cover,
    recordedBy: r.recorded_by,
    recordedAt: iso(r.recorded_at)!,
    routedAt: iso(r.routed_at),
    routedTasks: r.routed_tasks,
  };
}
