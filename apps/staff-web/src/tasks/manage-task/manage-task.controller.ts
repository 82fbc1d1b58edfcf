import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import { taskIdPipe } from '../task-id.pipe';
import { ManageTask } from './manage-task.usecase';
import { ShowManageForm } from './show-manage-form.usecase';

const VIEW = { reassign: 'tasks/manage-task/views/reassign.njk', cancel: 'tasks/manage-task/views/cancel.njk' } as const;

/** A manager manages the queue from a task's page: reassign it, unclaim it, cancel it (MANAGER only). */
@Controller('tasks')
@Roles('MANAGER')
export class ManageTaskController {
  constructor(
    private readonly showForm: ShowManageForm,
    private readonly manage: ManageTask,
  ) {}

  @Get(':id/reassign')
  async reassignForm(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Res() res: Response): Promise<void> {
    res.render(VIEW.reassign, await this.showForm.execute({ user, taskId, form: 'reassign' }));
  }

  @Post(':id/reassign')
  reassign(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.submit({ user, taskId, action: 'reassign', body }, req, res);
  }

  @Get(':id/cancel')
  async cancelForm(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Res() res: Response): Promise<void> {
    res.render(VIEW.cancel, await this.showForm.execute({ user, taskId, form: 'cancel' }));
  }

  @Post(':id/cancel')
  cancel(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.submit({ user, taskId, action: 'cancel', body }, req, res);
  }

  @Post(':id/unclaim')
  async unclaim(@CurrentUser() user: SessionUser, @Param('id', taskIdPipe) taskId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const result = await this.manage.execute({ user, taskId, action: 'unclaim' });
    flash(req, result.done ? result.notification : { type: 'important', heading: result.errors[0].text });
    res.redirect(303, `/tasks/${taskId}`);
  }

  private async submit(command: Parameters<ManageTask['execute']>[0] & { action: 'reassign' | 'cancel' }, req: Request, res: Response): Promise<void> {
    const result = await this.manage.execute(command);
    if (result.done) {
      flash(req, result.notification);
      return res.redirect(303, `/tasks/${command.taskId}`);
    }
    res.status(result.status).render(VIEW[command.action], await this.showForm.execute({ ...command, form: command.action, answer: result.answer, errors: result.errors }));
  }
}
