import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { taskNotFound } from '../../tasks/task-errors';
import { Task } from '../../tasks/task.entity';
import { PlacingAuthorityRequestView } from '../placing-authority-request.view';
import { readRequests } from '../request-reader';
import { ListRequestsCommand } from './list-requests.command';

/** A task's requests to the placing authority, each with its trail, oldest first. */
@Injectable()
export class ListRequests {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: ListRequestsCommand): Promise<PlacingAuthorityRequestView[]> {
    if (!(await this.dataSource.getRepository(Task).existsBy({ id: command.taskId }))) throw taskNotFound(command.taskId);
    return readRequests(this.dataSource.manager, { taskId: command.taskId });
  }
}
