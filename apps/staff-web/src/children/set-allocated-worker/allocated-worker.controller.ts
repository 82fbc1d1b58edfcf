import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { flash } from '../../web/flash';
import type { FieldError } from '../../web/forms';
import { childIdPipe } from '../child-id.pipe';
import { AllocatedWorkerForm, SetAllocatedWorker, ShowAllocatedWorkerForm } from './set-allocated-worker.usecase';
import { workerOptions } from './allocated-worker-form';

const VIEW = 'children/views/allocated-worker.njk';

/** The child's allocated worker, recorded by a CMO or a manager. */
@Roles('CMO', 'MANAGER')
@Controller('children/:id/allocated-worker')
export class AllocatedWorkerController {
  constructor(
    private readonly showForm: ShowAllocatedWorkerForm,
    private readonly setWorker: SetAllocatedWorker,
  ) {}

  @Get()
  async form(@Param('id', childIdPipe) childId: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const form = await this.showForm.execute({ user, childId });
    this.render(res, form, form.child.allocatedWorker);
  }

  @Post()
  async record(@Param('id', childIdPipe) childId: string, @Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const form = await this.showForm.execute({ user, childId });
    const outcome = await this.setWorker.execute({ user, childId: form.child.id, body, officers: form.officers });
    if (!outcome.recorded) return this.render(res, form, undefined, outcome.errors);
    flash(req, {
      heading: outcome.workerName ? `${outcome.workerName} is ${form.child.givenName}'s allocated worker` : `${form.child.givenName} has no allocated worker`,
      text: outcome.workerName ? `Risk-management follow-ups for ${form.child.givenName} go to them from now on.` : 'Risk-management follow-ups go to the team manager.',
    });
    res.redirect(303, `/children/${form.child.id}`);
  }

  private render(res: Response, form: AllocatedWorkerForm, chosen: string | null | undefined, errors?: FieldError[]): void {
    res.status(errors?.length ? 400 : 200).render(VIEW, {
      pageTitle: `Allocated worker for ${form.child.name}`,
      child: form.child,
      items: workerOptions(form.officers, chosen),
      errors,
    });
  }
}
