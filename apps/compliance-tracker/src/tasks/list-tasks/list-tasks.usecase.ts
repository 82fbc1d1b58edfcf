import { formatLondon } from '@homeward/deadlines';
import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { Task, TaskOutcome } from '../task.entity';
import { ListTasksQuery } from './list-tasks.query';

export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() type: string;
  @ApiProperty() status: string;
  @ApiProperty() priority: string;
  @ApiProperty({ description: 'The statutory deadline, as an instant' }) dueAt: string;
  @ApiProperty({ description: 'The deadline in Europe/London time', example: '2026-10-06T09:00:00+01:00' }) dueAtLondon: string;
  @ApiProperty() policeReference: string;
  @ApiProperty({ type: [String], description: 'The protocol rules that asked for this work' }) reasons: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) assignee: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) responsibleAuthority: string | null;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Outcomes recorded so far (the interview summary is not shown in the queue)' }) outcome: TaskOutcome;
}

export class TaskPage {
  @ApiProperty({ type: [TaskView]}) items: TaskView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** The CMO's queue: soonest deadline first, filtered and paged. */
@Injectable()
export class ListTasks {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListTasksQuery): Promise<TaskPage> {
    const where: FindOptionsWhere<Task> = {};
    if (query.status) where.status = query.status;
    if (query.type) where.type = query.type;
    if (query.policeReference) where.policeReference = query.policeReference;
    if (query.assignee) where.assignee = query.assignee;
    const [tasks, total] = await this.dataSource.getRepository(Task).findAndCount({
      where,
      order: { dueAt: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: tasks.map(toView), total, page: query.page, pageSize: query.pageSize };
  }
}

function toView(t: Task): TaskView {
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
    episodeId: t.episodeId,
    childId: t.childId,
    outcome: t.outcome,
  };
}
