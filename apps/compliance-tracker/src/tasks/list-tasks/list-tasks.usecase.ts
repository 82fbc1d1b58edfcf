import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Task } from '../task.entity';
import { TaskView, toTaskView } from '../task.view';
import { londonDayOf } from './london-today';
import { ListTasksQuery } from './list-tasks.query';
import { Condition, countConditions, listConditions, orderingOf } from './task-filters';

export { TaskView } from '../task.view';

export class TaskCounts {
  @ApiProperty({ description: 'Open work past its deadline now' }) overdue: number;
  @ApiProperty({ description: 'Open work due on the current Europe/London calendar day (including any already past due today)' }) dueToday: number;
  @ApiProperty({ description: 'Open work nobody holds' }) unclaimed: number;
}

export class TaskPage {
  @ApiProperty({ type: [TaskView] }) items: TaskView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Over the open tasks matching the same filters, except status, open and overdue' }) counts: TaskCounts;
}

/** The CMO's queue: filtered, sorted on the server (soonest deadline first by default), paged, with the counts at its top. */
@Injectable()
export class ListTasks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(query: ListTasksQuery): Promise<TaskPage> {
    const now = this.clock.now();
    const rows = where(this.tasks(), listConditions(query, now));
    for (const o of orderingOf(query.sort)) rows.addOrderBy(o.expression, o.direction);
    const [[tasks, total], counts] = await Promise.all([
      rows.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getManyAndCount(),
      this.counts(query, now),
    ]);
    return { items: tasks.map(toTaskView), total, page: query.page, pageSize: query.pageSize, counts };
  }

  private async counts(query: ListTasksQuery, now: Date): Promise<TaskCounts> {
    const today = londonDayOf(now);
    const row = await where(this.tasks(), countConditions(query))
      .select('count(*) FILTER (WHERE t.due_at < :now)::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE t.due_at >= :dayStart AND t.due_at < :dayEnd)::int', 'dueToday')
      .addSelect('count(*) FILTER (WHERE t.assignee IS NULL)::int', 'unclaimed')
      .setParameters({ now, dayStart: today.start, dayEnd: today.end })
      .getRawOne<TaskCounts>();
    return { overdue: row?.overdue ?? 0, dueToday: row?.dueToday ?? 0, unclaimed: row?.unclaimed ?? 0 };
  }

  private tasks(): SelectQueryBuilder<Task> {
    return this.dataSource.getRepository(Task).createQueryBuilder('t');
  }
}

function where(qb: SelectQueryBuilder<Task>, conditions: Condition[]): SelectQueryBuilder<Task> {
  for (const c of conditions) qb.andWhere(c.sql, c.params);
  return qb;
}
