import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListTasks, ListTasksQuery, TaskPage } from './list-tasks';

@ApiTags('tasks')
@Controller('v1/tasks')
export class TasksController {
  constructor(private readonly listTasks: ListTasks) {}

  @Get()
  @ApiOkResponse({ type: TaskPage })
  list(@Query() query: ListTasksQuery): Promise<TaskPage> {
    return this.listTasks.execute(query);
  }
}
