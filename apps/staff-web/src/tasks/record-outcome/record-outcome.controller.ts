import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import { taskIdPipe } from '../task-id.pipe';
import { RecordTaskOutcome } from './record-task-outcome.usecase';
import { ShowOutcomeForm } from './show-outcome-form.usecase';

const VIEW = 'tasks/record-outcome/views/outcome.njk';

/** GET and POST /tasks/{id}/outcome: what happened about the work. Those who do it only (CMO, MANAGER). */
@Controller('tasks')
@Roles('CMO', 'MANAGER')
export class RecordOutcomeController {
  constructor(
    private readonly showForm: ShowOutcomeForm,
    private readonly recordOutcome: RecordTaskOutcome,
  ) {}

  @Get(':id/outcome')
  async form(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Res() res: Response): Promise<void> {
    res.render(VIEW, await this.showForm.execute({ user, taskId }));
  }

  @Post(':id/outcome')
  async submit(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const result = await this.recordOutcome.execute({ user, taskId, body });
    if (result.recorded) {
      flash(req, result.notification);
      return res.redirect(303, `/tasks/${taskId}`);
    }
    res.status(result.status).render(VIEW, await this.showForm.execute({ user, taskId, answers: result.answers, errors: result.errors }));
  }
}
