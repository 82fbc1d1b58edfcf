import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LeaveStatus, leaveStatusOf, LeaveStatuses } from './leave-status';

/** A leave period as the API shows it: officers by username. */
export class LeaveView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The officer on leave' }) officer: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time', description: 'For leave cancelled while under way, the moment it was cancelled' }) endsAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The covering officer; null: the team queue' }) cover: string | null;
  @ApiProperty({ enum: LeaveStatuses, description: 'Where the leave stands now' }) status: LeaveStatus;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: "When the officer's tasks were handed over" }) routedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'How many tasks were handed over at the start' }) routedTasks: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) cancelledAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) cancelledBy: string | null;
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
  cancelled_at: Date | null;
  cancelled_by: string | null;
}

/** Leave rows with usernames; callers add `WHERE`, order and paging. */
export const LEAVE_SELECT = `
  SELECT l.id, o.username AS officer, l.starts_at, l.ends_at, c.username AS cover, l.recorded_by, l.recorded_at, l.routed_at, l.routed_tasks,
         l.cancelled_at, l.cancelled_by
    FROM officer_leave l JOIN officers o ON o.id = l.officer_id LEFT JOIN officers c ON c.id = l.cover_officer_id`;

export function toLeaveView(r: LeaveRow, now: Date): LeaveView {
  const at = (d: Date) => new Date(d).toISOString();
  const iso = (d: Date | null) => (d ? at(d) : null);
  return {
    id: r.id,
    officer: r.officer,
    startsAt: at(r.starts_at),
    endsAt: at(r.ends_at),
    cover: r.cover,
    status: leaveStatusOf({ startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), cancelledAt: r.cancelled_at }, now),
    recordedBy: r.recorded_by,
    recordedAt: at(r.recorded_at),
    routedAt: iso(r.routed_at),
    routedTasks: r.routed_tasks,
    cancelledAt: iso(r.cancelled_at),
    cancelledBy: r.cancelled_by,
  };
}
