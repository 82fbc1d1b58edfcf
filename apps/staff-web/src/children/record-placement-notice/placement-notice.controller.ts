import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { dateInputParams } from '../../web/date-input';
import { flash } from '../../web/flash';
import type { FieldError } from '../../web/forms';
import { labelOptions } from '../../web/labels';
import { childIdPipe } from '../child-id.pipe';
import { PlacementNoticeFormModel, RecordPlacementNotice, ShowPlacementNoticeForm } from './record-placement-notice.usecase';

const VIEW = 'children/views/placement-notice.njk';

/** A CMO or manager records a notice a placing authority or a children's home sent by other means (email, letter). */
@Roles('CMO', 'MANAGER')
@Controller('children/:id/placement-notices/new')
export class PlacementNoticeController {
  constructor(
    private readonly showForm: ShowPlacementNoticeForm,
    private readonly recordNotice: RecordPlacementNotice,
  ) {}

  @Get()
  async form(@Param('id', childIdPipe) childId: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    this.render(res, await this.showForm.execute({ user, childId }));
  }

  @Post()
  async record(@Param('id', childIdPipe) childId: string, @Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.recordNotice.execute({ user, childId, body });
    if (!outcome.recorded) return this.render(res, outcome, outcome.errors);
    flash(req, {
      heading: 'Placement notice recorded',
      text: `It is matched to ${outcome.child.givenName}'s record as police reports are, and shows under placement notices once matched (usually within seconds).`,
    });
    res.redirect(303, `/children/${outcome.child.id}`);
  }

  private render(res: Response, form: PlacementNoticeFormModel, errors?: FieldError[]): void {
    const { answers } = form;
    res.status(errors?.length ? 400 : 200).render(VIEW, {
      pageTitle: `Record a placement notice for ${form.child.name}`,
      child: form.child,
      answers,
      dates: {
        dateOfBirth: dateInputParams('dateOfBirth', answers.dateOfBirth, errors, { legend: 'Date of birth', hint: 'For example, 4 5 2012' }),
        placementStart: dateInputParams('placementStart', answers.placementStart, errors, { legend: 'Placement start date', hint: 'The first day the child lived here, for example, 1 3 2026' }),
        placementEnd: dateInputParams('placementEnd', answers.placementEnd, errors, { legend: 'Placement end date (optional)', hint: 'Leave it blank when the placement has no end date' }),
      },
      providerKinds: labelOptions('placementProvider').map((o) => ({ ...o, checked: answers.providerKind === o.value })),
      errors,
    });
  }
}
