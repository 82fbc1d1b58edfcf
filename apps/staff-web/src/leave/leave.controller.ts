import { Body, Controller, Get, NotFoundException, Param, PipeTransform, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser } from '../auth/session-user';
import { flash } from '../web/flash';
import type { FieldError } from '../web/forms';
import { CancelLeave } from './cancel-leave';
import { ChangeLeave } from './change-leave';
import { LeaveFormModel, LeaveFormPage } from './leave-form-page';
import { ListLeavePage } from './list-leave-page';
import { RecordLeave } from './record-leave';
import { ShowLeave } from './show-leave';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A leave's address that is not one is a page not found, not the service's 400. */
class LeaveIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException();
    return value;
  }
}

const view = (name: string) => `leave/views/${name}.njk`;

/** Leave and cover: a manager handles everyone's, a CMO their own; other roles neither see nor reach it. */
@Roles('MANAGER', 'CMO')
@Controller('leave')
export class LeaveController {
  constructor(
    private readonly listLeave: ListLeavePage,
    private readonly formPage: LeaveFormPage,
    private readonly recordLeave: RecordLeave,
    private readonly showLeave: ShowLeave,
    private readonly changeLeave: ChangeLeave,
    private readonly cancelLeave: CancelLeave,
  ) {}

  @Get()
  async list(@CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    res.render(view('list'), { pageTitle: 'Leave and cover', ...(await this.listLeave.execute(user)) });
  }

  @Get('new')
  async newForm(@CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.renderForm(req, res, await this.formPage.execute({ user }));
  }

  @Post('new')
  async record(@CurrentUser() user: SessionUser, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.recordLeave.execute({ user, body });
    if (!outcome.recorded) return this.renderForm(req, res, await this.formPage.execute({ user, ...outcome }), outcome.errors);
    flash(req, { heading: `Leave recorded for ${outcome.officerName}`, text: 'Their open work goes to the cover when the leave starts.' });
    res.redirect(303, `/leave/${outcome.id}`);
  }

  @Get(':id')
  async detail(@Param('id', LeaveIdPipe) id: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const leave = await this.showLeave.execute({ user, id });
    res.render(view('detail'), { pageTitle: `Leave for ${leave.officer}`, leave });
  }

  @Get(':id/change')
  async changeForm(@Param('id', LeaveIdPipe) id: string, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.renderForm(req, res, await this.formPage.execute({ user, leaveId: id }));
  }

  @Post(':id/change')
  async change(@Param('id', LeaveIdPipe) id: string, @CurrentUser() user: SessionUser, @Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.changeLeave.execute({ user, id, body });
    if (outcome.changed) {
      flash(req, { heading: 'Leave changed', text: 'If the cover changed, the work the old cover took from this leave moves to the new one.' });
      return res.redirect(303, `/leave/${id}`);
    }
    if (outcome.closed) return this.closed(req, res, id);
    this.renderForm(req, res, await this.formPage.execute({ user, ...outcome }), outcome.errors);
  }

  @Get(':id/cancel')
  async confirmCancel(@Param('id', LeaveIdPipe) id: string, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const leave = await this.showLeave.execute({ user, id });
    if (!leave.open) return this.closed(req, res, id);
    res.render(view('cancel'), { pageTitle: 'Are you sure you want to cancel this leave?', leave });
  }

  @Post(':id/cancel')
  async cancel(@Param('id', LeaveIdPipe) id: string, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.cancelLeave.execute({ user, id });
    if (!outcome.cancelled) return this.closed(req, res, id);
    flash(req, {
      heading: 'Leave cancelled',
      text: outcome.underWay ? 'The leave ended now: they claim their own work again, and what the cover took stays with the cover.' : 'Nothing moved: their work stays with them.',
    });
    res.redirect(303, `/leave/${id}`);
  }

  /** Ended or cancelled meanwhile: back to the leave, saying so. */
  private closed(req: Request, res: Response, id: string): void {
    flash(req, { type: 'important', heading: 'This leave has ended or been cancelled, so it cannot be changed' });
    res.redirect(303, `/leave/${id}`);
  }

  /** The record or change form; with errors, shown again as typed (400). */
  private renderForm(req: Request, res: Response, form: LeaveFormModel | { closed: true }, errors?: FieldError[]): void {
    if ('closed' in form) return this.closed(req, res, String(req.params.id));
    const changing = Boolean(form.leaveId);
    res.status(errors?.length ? 400 : 200).render(view('form'), {
      pageTitle: changing ? 'Change leave' : 'Record leave',
      action: changing ? `/leave/${form.leaveId}/change` : '/leave/new',
      errors,
      form,
    });
  }
}
