import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { SessionUser } from '../auth/session-user';
import { childIdPipe } from '../children/child-id.pipe';
import { flash } from '../web/flash';
import type { FieldError } from '../web/forms';
import { label, labelOptions } from '../web/labels';
import { MEETING_LISTS, MeetingListName, MeetingListPipe } from './meeting-list-names';
import { ChildOnList, FindOnMeetingList, RemoveFromList } from './remove-from-list';
import type { RemovalAnswers } from './removal-form';
import { ShowMeetingList } from './show-meeting-list';

const view = (name: string) => `meeting-lists/views/${name}.njk`;
const listHref = (list: MeetingListName) => `/meeting-lists/${list.path}`;

/** The lists the monthly multi-agency meeting and the daily CSE meeting work from: read by casework staff, changed by managers. */
@Roles('CMO', 'MANAGER', 'READ_ONLY')
@Controller('meeting-lists')
export class MeetingListsController {
  constructor(
    private readonly showList: ShowMeetingList,
    private readonly findOnList: FindOnMeetingList,
    private readonly removeFromList: RemoveFromList,
  ) {}

  @Get()
  first(@Res() res: Response): void {
    res.redirect(302, listHref(MEETING_LISTS[0]));
  }

  @Get(':list')
  async list(@Param('list', MeetingListPipe) list: MeetingListName, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const page = await this.showList.execute({ user, list });
    res.render(view('list'), { pageTitle: list.title, lists: MEETING_LISTS, ...page });
  }

  @Get(':list/:childId/remove')
  @Roles('MANAGER')
  async removalForm(
    @Param('list', MeetingListPipe) list: MeetingListName,
    @Param('childId', childIdPipe) childId: string,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const child = await this.findOnList.execute({ user, list, childId });
    if (!child) return this.notOnList(req, res, list);
    this.renderForm(res, { list, child, answers: { reason: '', note: '' } });
  }

  @Post(':list/:childId/remove')
  @Roles('MANAGER')
  async remove(
    @Param('list', MeetingListPipe) list: MeetingListName,
    @Param('childId', childIdPipe) childId: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.removeFromList.execute({ user, list, childId, body });
    if (outcome.removed) {
      flash(req, {
        heading: `${outcome.child.name} is off the ${list.inSentence} list`,
        text: `Reason: ${label('meetingListRemoval', outcome.reason).toLowerCase()}. A later decision that lists them puts them back on.`,
      });
      return res.redirect(303, listHref(list));
    }
    if (!outcome.child) return this.notOnList(req, res, list);
    this.renderForm(res, { list, child: outcome.child, answers: outcome.answers, errors: outcome.errors });
  }

  private notOnList(req: Request, res: Response, list: MeetingListName): void {
    flash(req, { type: 'important', heading: `That child is no longer on the ${list.inSentence} list`, text: 'Someone may have taken them off already, or their time on the list ended.' });
    res.redirect(303, listHref(list));
  }

  /** With errors, shown again as answered (400). */
  private renderForm(res: Response, form: { list: MeetingListName; child: ChildOnList; answers: RemovalAnswers; errors?: FieldError[] }): void {
    res.status(form.errors?.length ? 400 : 200).render(view('remove'), {
      pageTitle: `Take ${form.child.name} off the ${form.list.inSentence} list`,
      list: form.list,
      listHref: listHref(form.list),
      child: form.child,
      answers: form.answers,
      reasons: labelOptions('meetingListRemoval'),
      errors: form.errors,
    });
  }
}
