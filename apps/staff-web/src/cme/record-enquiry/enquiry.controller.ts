import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { SessionUser } from '../../auth/session-user';
import { londonDate } from '../../web/date-filters';
import { dateInputParams } from '../../web/date-input';
import { flash } from '../../web/flash';
import { FieldError, fieldError } from '../../web/forms';
import { label, labelOptions } from '../../web/labels';
import { cmeCaseIdPipe } from '../cme-case-id.pipe';
import { cmeCaseHref } from '../cme-lists';
import { NOTE_MAX } from './enquiry-form';
import { EnquiryFormModel, RecordCmeEnquiry, ShowEnquiryForm } from './record-enquiry.usecase';

const VIEW = 'cme/views/enquiry.njk';

const RESULT_HINTS: Record<string, string> = {
  FOUND: 'Record the outcome next: where the child is now.',
  NO_RESPONSE: 'It still counts as an enquiry made.',
};

/** GET and POST /cme/{id}/enquiries/new: one reasonable enquiry the CMO made. Those who do the work only (CMO, MANAGER). */
@Roles('CMO', 'MANAGER')
@Controller('cme/:id/enquiries/new')
export class EnquiryController {
  constructor(
    private readonly showForm: ShowEnquiryForm,
    private readonly recordEnquiry: RecordCmeEnquiry,
  ) {}

  @Get()
  async form(@Param('id', cmeCaseIdPipe) caseId: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    this.render(res, await this.showForm.execute({ user, caseId }));
  }

  @Post()
  async record(@Param('id', cmeCaseIdPipe) caseId: string, @Body() body: Record<string, unknown>, @CurrentUser() user: SessionUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.recordEnquiry.execute({ user, caseId, body });
    if (outcome.recorded || outcome.closed) {
      flash(req, outcome.notification);
      return res.redirect(303, cmeCaseHref(caseId));
    }
    this.render(res, outcome, outcome.errors);
  }

  private render(res: Response, form: EnquiryFormModel, errors?: FieldError[]): void {
    const { cmeCase, answers } = form;
    const made = new Map(cmeCase.enquiries.map((e) => [e.enquiry, e.madeOn]));
    res.status(errors?.length ? 400 : 200).render(VIEW, {
      pageTitle: `Record an enquiry for ${cmeCase.name}`,
      caseHref: cmeCaseHref(cmeCase.id),
      cmeCase,
      open: cmeCase.status === 'OPEN',
      answers,
      enquiries: {
        name: 'enquiry',
        idPrefix: 'enquiry',
        fieldset: { legend: { text: 'Which enquiry did you make?', classes: 'govuk-fieldset__legend--m' } },
        items: labelOptions('reasonableEnquiry').map((o) => ({
          ...o,
          checked: answers.enquiry === o.value,
          hint: made.has(o.value) ? { text: `Already recorded, made on ${londonDate(made.get(o.value))}` } : undefined,
        })),
        errorMessage: fieldError(errors, 'enquiry'),
      },
      madeOn: dateInputParams('madeOn', answers.madeOn, errors, { legend: 'Date the enquiry was made', hint: 'For example, 27 11 2026', legendClasses: 'govuk-fieldset__legend--m' }),
      results: {
        name: 'result',
        idPrefix: 'result',
        fieldset: { legend: { text: 'What did it find?', classes: 'govuk-fieldset__legend--m' } },
        items: labelOptions('enquiryResult').map((o) => ({ ...o, checked: answers.result === o.value, hint: RESULT_HINTS[o.value] ? { text: RESULT_HINTS[o.value] } : undefined })),
        errorMessage: fieldError(errors, 'result'),
      },
      note: {
        id: 'note',
        name: 'note',
        maxlength: NOTE_MAX,
        label: { text: 'Note (optional)', classes: 'govuk-label--m' },
        hint: { text: 'Who you asked and what they said, for example "GP practice has no record since July".' },
        value: answers.note,
        rows: 5,
        errorMessage: fieldError(errors, 'note'),
      },
      notMade: cmeCase.enquiriesNotMade.map((e) => label('reasonableEnquiry', e)),
      errors,
    });
  }
}
