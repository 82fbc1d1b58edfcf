import { Controller, Get, Param, Render } from '@nestjs/common';
import { CurrentUser } from '../../auth/current-user.decorator';
import type { SessionUser } from '../../auth/session-user';
import { taskIdPipe } from '../task-id.pipe';
import { ShowTask } from './show-task.usecase';

/** GET /tasks/{id}: the task with the child in view; every role may read it (the summary only for CMO and MANAGER). */
@Controller('tasks')
export class ShowTaskController {
  constructor(private readonly showTask: ShowTask) {}

  @Get(':id')
  @Render('tasks/show-task/views/task.njk')
  task(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string) {
    return this.showTask.execute({ user, taskId });
  }
}
