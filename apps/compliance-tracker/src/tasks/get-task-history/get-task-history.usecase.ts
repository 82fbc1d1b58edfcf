import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { taskNotFound } from '../task-errors';
import { TaskHistory } from '../task-history.entity';
import { Task } from '../task.entity';
import { GetTaskHistoryCommand } from './get-task-history.command';
import { historyAction } from './history-action';
import { TaskHistoryEntryView } from './task-history.view';

/** Who did what to a task, and when, oldest first. */
@Injectable()
export class GetTaskHistory {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: GetTaskHistoryCommand): Promise<TaskHistoryEntryView[]> {
    if (!(await this.dataSource.getRepository(Task).existsBy({ id: command.taskId }))) throw taskNotFound(command.taskId);
    const rows = await this.dataSource.getRepository(TaskHistory).find({ where: { taskId: command.taskId }, order: { at: 'ASC', id: 'ASC' } });
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actor,
      action: historyAction(r),
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      details: r.detail,
    }));
  }
}
