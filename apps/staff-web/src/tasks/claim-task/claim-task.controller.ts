import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import { taskIdPipe } from '../task-id.pipe';
import { ClaimTask } from './claim-task.usecase';

/** Back to the list (or task) the claim came from: a /tasks page of this site only. */
function backTo(candidate: unknown, taskId: string): string {
  const fallback = `/tasks/${taskId}`;
  if (typeof candidate !== 'string' || !/^\/tasks(\/|\?|$)/.test(candidate) || candidate.includes('//') || candidate.includes('\\')) return fallback;
  return candidate;
}

/** POST /tasks/{id}/claim, from the queue or the task page: CMO and MANAGER only. */
@Controller('tasks')
export class ClaimTaskController {
  constructor(private readonly claimTask: ClaimTask) {}

  @Post(':id/claim')
  @Roles('CMO', 'MANAGER')
  async claim(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    flash(req, await this.claimTask.execute({ user, taskId }));
    res.redirect(303, backTo(body.returnTo, taskId));
  }
}
