import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LeaveAuditAction, LeaveAuditActions } from '../leave-audit';
import { LeaveView } from '../leave.view';

export class TaskMoveView {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who held it; null: the team queue' }) from: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who holds it after; null: the team queue' }) to: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'system:leave-cover at the start, or the officer whose action moved it' }) by: string;
}

export class LeaveChangeView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ enum: LeaveAuditActions }) action: LeaveAuditAction;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The values recorded, or before and after a change' }) detail: Record<string, unknown>;
}

export class LeaveDetailView extends LeaveView {
  @ApiProperty({ type: [TaskMoveView], description: 'Every task this leave moved, oldest first' }) tasksMoved: TaskMoveView[];
  @ApiProperty({ type: [LeaveChangeView], description: 'Who recorded, changed and cancelled the leave, oldest first' }) changes: LeaveChangeView[];
}
