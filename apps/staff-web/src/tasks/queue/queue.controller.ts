import { Controller, Get, Query, Render } from '@nestjs/common';
import { CurrentUser } from '../../auth/current-user.decorator';
import type { SessionUser } from '../../auth/session-user';
import { ShowQueue } from './show-queue.usecase';

/** GET /tasks: "My work" (?view=mine) and the team queue (?view=team); every role may read it. */
@Controller('tasks')
export class QueueController {
  constructor(private readonly showQueue: ShowQueue) {}

  @Get()
  @Render('tasks/queue/views/queue.njk')
  queue(@CurrentUser() user: SessionUser, @Query() query: Record<string, unknown>) {
    return this.showQueue.execute({ user, query });
  }
}
