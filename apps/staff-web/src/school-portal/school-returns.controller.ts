import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { SchoolReturnReceipt, SchoolSession } from '../auth/session-user';
import { londonDate } from '../web/date-filters';
import { dateInputParams } from '../web/date-input';
import { FieldError, fieldError } from '../web/forms';
import { label } from '../web/labels';
import { CurrentSchool } from './current-school.decorator';
import { SCHOOL_RETURNS, DATE_LABELS, DELETION_REASONS, ENQUIRY_MAX, NOTE_MAX, SchoolReturnAnswers, SchoolReturnInfo, schoolReturnInfo, TWENTY_DAY_GROUND } from './school-return-form';
import { SendSchoolReturn, ShowSchoolReturnForm } from './send-school-return';

const DATE_HINTS: Record<string, string> = {
  dateOfBirth: 'For example, 14 9 2013',
  deletionDate: 'The day the pupil is, or will be, taken off your admission register. For example, 20 11 2026',
  absenceStart: 'The first school day of the absence. For example, 2 11 2026',
  destinationStartDate: 'If you know it',
  admissionDate: 'The first day the pupil is on your admission register',
  enquiry1MadeOn: 'For example, 4 11 2026',
  enquiry2MadeOn: 'For example, 6 11 2026',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A school's own pages: its home (the four returns and when each is due), one GOV.UK form a
 * return, and the confirmation of what the LA answered. Only a school's session reaches them
 * (AuthGuard), and each return goes with the school's key from the session.
 */
@Controller('school')
export class SchoolReturnsController {
  constructor(
    private readonly showForm: ShowSchoolReturnForm,
    private readonly sendReturn: SendSchoolReturn,
  ) {}

  @Get()
  home(@CurrentSchool() school: SchoolSession, @Res() res: Response): void {
    res.render('school-portal/views/home.njk', { pageTitle: `Returns for ${school.name}`, returns: SCHOOL_RETURNS });
  }

  @Get('returns/:kind')
  form(@Param('kind') kind: string, @Res() res: Response): void {
    const info = this.info(kind);
    this.render(res, info, this.showForm.execute(info).answers);
  }

  @Post('returns/:kind')
  async send(@Param('kind') kind: string, @Body() body: Record<string, unknown>, @CurrentSchool() school: SchoolSession, @Req() req: Request, @Res() res: Response): Promise<void> {
    const info = this.info(kind);
    const outcome = await this.sendReturn.execute({ school, info, body });
    if (!outcome.sent) return this.render(res, info, outcome.answers, outcome.errors);
    req.session.schoolReceipt = outcome.receipt;
    res.redirect(303, `/school/returns/${info.slug}/sent`);
  }

  @Get('returns/:kind/sent')
  sent(@Param('kind') kind: string, @Req() req: Request, @Res() res: Response): void {
    const info = this.info(kind);
    const receipt = req.session.schoolReceipt;
    if (!receipt || receipt.kind !== info.slug) return res.redirect(303, '/school');
    res.render('school-portal/views/sent.njk', { pageTitle: `${info.name} sent`, info, receipt: this.receiptView(receipt) });
  }

  private info(kind: string): SchoolReturnInfo {
    const info = schoolReturnInfo(kind);
    if (!info) throw new NotFoundException();
    return info;
  }

  private receiptView(receipt: SchoolReturnReceipt) {
    const deletion = receipt.deletion && {
      mayDelete: receipt.deletion.mayDelete,
      twentiethSchoolDay: londonDate(receipt.deletion.twentiethSchoolDay, { weekday: true }),
      schoolDaysAbsent: receipt.deletion.schoolDaysAbsent,
      stillMissing: receipt.deletion.stillMissing.map(capitalise),
    };
    return { ...receipt, deletion };
  }

  private render(res: Response, info: SchoolReturnInfo, answers: SchoolReturnAnswers, errors?: FieldError[]): void {
    const v = answers.values;
    const dates = Object.fromEntries(
      Object.keys(answers.dates).map((name) => {
        const optional = ['destinationStartDate', 'enquiry1MadeOn', 'enquiry2MadeOn'].includes(name) ? ' (optional)' : '';
        return [name, dateInputParams(name, answers.dates[name], errors, { legend: `${DATE_LABELS[name]}${optional}`, hint: DATE_HINTS[name] })];
      }),
    );
    const livesWith = (n: number) => ({
      name: `parent${n}LivesWith`,
      idPrefix: `parent${n}LivesWith`,
      classes: 'govuk-radios--inline',
      fieldset: { legend: { text: 'Does the pupil normally live with them?', classes: 'govuk-fieldset__legend--s' } },
      items: [
        { value: 'yes', text: 'Yes', checked: v[`parent${n}LivesWith`] === 'yes' },
        { value: 'no', text: 'No', checked: v[`parent${n}LivesWith`] === 'no' },
      ],
      errorMessage: fieldError(errors, `parent${n}LivesWith`),
    });
    res.status(errors?.length ? 400 : 200).render('school-portal/views/return-form.njk', {
      pageTitle: info.title,
      info,
      answers,
      v,
      dates,
      livesWith: { 1: livesWith(1), 2: livesWith(2) },
      groundReasons: DELETION_REASONS.map((value) => ({ value, text: label('cmeDeletionReason', value), checked: v.groundReason === value, twentyDay: value === TWENTY_DAY_GROUND })),
      noteMax: NOTE_MAX,
      enquiryMax: ENQUIRY_MAX,
      errors,
    });
  }
}
