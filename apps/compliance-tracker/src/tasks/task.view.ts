import { formatLondon } from '@homeward/deadlines';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Task, TaskOutcome } from './task.entity';
import { taskSubject } from './task-subject';

export class AddresseeView {
  @ApiProperty({ enum: ['ALLOCATED_WORKER', 'TEAM_MANAGER'] }) to: string;
  @ApiProperty({ nullable: true, type: String, description: 'The officer it was assigned to; null: waiting in the queue for the team manager' }) staffId: string | null;
  @ApiProperty({ example: "The child's allocated worker, as recorded on the child" }) why: string;
}

/** What a task is about: the fields of its kind are set, the others absent. */
export class TaskSubjectView {
  @ApiProperty({ enum: ['MISSING_EPISODE', 'CME_CASE'] }) kind: 'MISSING_EPISODE' | 'CME_CASE';
  @ApiPropertyOptional({ format: 'uuid', description: 'MISSING_EPISODE' }) episodeId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'MISSING_EPISODE' }) childId?: string;
  @ApiPropertyOptional({ description: 'MISSING_EPISODE' }) policeReference?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "CME_CASE: the case's id in education-referrals" }) caseId?: string;
  @ApiPropertyOptional({ description: 'CME_CASE', example: 'CME-2026-000042' }) caseReference?: string;
  @ApiPropertyOptional({ description: "CME_CASE: the child's keyed hash" }) childKey?: string;
}

/** A task as the queue shows it: references and the deadline, never the interview summary. */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() type: string;
  @ApiProperty() status: string;
  @ApiProperty() priority: string;
  @ApiProperty({ description: 'The statutory deadline, as an instant' }) dueAt: string;
  @ApiProperty({ description: 'The deadline in Europe/London time', example: '2026-10-06T09:00:00+01:00' }) dueAtLondon: string;
  @ApiProperty({ nullable: true, type: String, description: 'The missing episode\'s police reference; null for a CME task (see subject.caseReference)' }) policeReference: string | null;
  @ApiProperty({ type: [String], description: 'The protocol rules that asked for this work' }) reasons: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) assignee: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) responsibleAuthority: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "Arranged in another area (our looked-after child missing there): the reporting force, whose area the work is arranged in" })
  hostForce: string | null;
  @ApiPropertyOptional({ nullable: true, type: AddresseeView, description: 'Work the protocol names someone for (the risk-management follow-up): who it went to and why' })
  addressedTo: AddresseeView | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a CME task' }) episodeId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a CME task (its child is known by subject.childKey)' }) childId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The protocol decision that asked for this work; null for a CME task' }) decisionId: string | null;
  @ApiProperty({ type: TaskSubjectView, description: 'What the work is about: a missing episode or a CME case' }) subject: TaskSubjectView;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Outcomes recorded so far (the interview summary is not shown in the queue)' }) outcome: TaskOutcome;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) claimedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTaskView(t: Task): TaskView {
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    priority: t.priority,
    dueAt: t.dueAt.toISOString(),
    dueAtLondon: formatLondon(t.dueAt),
    policeReference: t.policeReference,
    reasons: t.reasons,
    assignee: t.assignee,
    responsibleAuthority: t.responsibleAuthority,
    hostForce: t.hostForce ?? null,
    addressedTo: t.addressedTo ?? null,
    episodeId: t.episodeId,
    childId: t.childId,
    decisionId: t.decisionId,
    subject: taskSubject(t),
    outcome: t.outcome,
    claimedAt: iso(t.claimedAt),
    closedAt: iso(t.closedAt),
    createdAt: t.createdAt.toISOString(),
  };
}
