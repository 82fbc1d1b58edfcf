import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OfficerRole } from '../../staff-auth/officer.entity';
import { taskNotFound } from '../task-errors';
import { Task } from '../task.entity';
import { toTaskView } from '../task.view';
import { GetTaskCommand } from './get-task.command';
import { TaskDetailView } from './task-detail.view';

/** Those who do the work read what the child said; read-only and protocol roles do not. */
export const SUMMARY_READERS: readonly OfficerRole[] = ['CMO', 'MANAGER'];

/** One task with how its deadline was reckoned, and the interview summary for those who may read it. */
@Injectable()
export class GetTask {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: GetTaskCommand): Promise<TaskDetailView> {
    const readsSummary = SUMMARY_READERS.includes(command.viewer.role);
    const qb = this.dataSource.getRepository(Task).createQueryBuilder('t').where('t.id = :id', { id: command.taskId });
    if (readsSummary) qb.addSelect('t.outcomeSummary');
    const task = await qb.getOne();
    if (!task) throw taskNotFound(command.taskId);
    return {
      ...toTaskView(task),
      deadlineRule: task.deadlineRule,
      anchorAt: task.anchorAt.toISOString(),
      ...(readsSummary ? { outcomeSummary: task.outcomeSummary ?? null } : {}),
    };
  }
}
