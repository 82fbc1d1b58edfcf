import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { dateInputParams } from '../../web/date-input';
import { flash } from '../../web/flash';
import { FieldError, fieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { cmeCaseHref } from '../cme-lists';
import { RecordCmeReferral, ShowReferralForm } from './record-cme-referral.usecase';
import { AGENCY_SOURCES, REASON_MAX, ReferralAnswers } from './referral-form';

const VIEW = 'cme/views/referral.njk';

/** GET and POST /cme/referrals/new: another LA's or an agency's referral, as the CMO took it. CMO and MANAGER only. */
@Roles('CMO', 'MANAGER')
@Controller('cme/referrals/new')
export class CmeReferralController {
  constructor(
    private readonly showForm: ShowReferralForm,
    private readonly recordReferral: RecordCmeReferral,
  ) {}

  @Get()
  form(@Res() res: Response): void {
    this.render(res, this.showForm.execute().answers);
  }

  @Post()
  async record(@Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.recordReferral.execute({ user, body });
    if (!outcome.recorded) return this.render(res, outcome.answers, outcome.errors);
    flash(req, {
      heading: 'Referral recorded',
      text: `It is on CME case ${outcome.caseReference}: a new case, or the child's case already open. The reasonable enquiries are in the queue.`,
    });
    res.redirect(303, cmeCaseHref(outcome.caseId));
  }

  private render(res: Response, answers: ReferralAnswers, errors?: FieldError[]): void {
    res.status(errors?.length ? 400 : 200).render(VIEW, {
      pageTitle: 'Record a referral',
      answers,
      sources: {
        name: 'source',
        idPrefix: 'source',
        fieldset: { legend: { text: 'Who referred the child?', classes: 'govuk-fieldset__legend--s' } },
        items: AGENCY_SOURCES.map((value) => ({ value, text: label('cmeSource', value), checked: answers.source === value })),
        errorMessage: fieldError(errors, 'source'),
      },
      dates: {
        dateOfBirth: dateInputParams('dateOfBirth', answers.dateOfBirth, errors, { legend: 'Date of birth', hint: 'For example, 14 9 2013' }),
        receivedOn: dateInputParams('receivedOn', answers.receivedOn, errors, { legend: 'Date the referral was received', hint: 'For example, 16 11 2026' }),
        missingSince: dateInputParams('missingSince', answers.missingSince, errors, { legend: 'Date the child was last in education (optional)', hint: 'If known. Without it, the case counts from the day the referral was received' }),
      },
      reasonMax: REASON_MAX,
      errors,
    });
  }
}
