import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { FlashNotification, SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { CmeCase } from '../../data/education-referrals.types';
import { londonDate } from '../../web/date-filters';
import type { FieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { EnquiryAnswers, enquiryProblems, NO_ENQUIRY_ANSWERS, readEnquiryForm } from './enquiry-form';

export interface EnquiryFormModel {
  cmeCase: CmeCase;
  answers: EnquiryAnswers;
}

/** The form for one case: the case (read, and recorded as read) for its reference and the enquiries already made. */
@Injectable()
export class ShowEnquiryForm {
  constructor(private readonly education: EducationReferralsClient) {}

  async execute(input: { user: SessionUser; caseId: string }): Promise<EnquiryFormModel> {
    return { cmeCase: await this.education.cmeCase(input.user.token, input.caseId), answers: NO_ENQUIRY_ANSWERS };
  }
}

export type RecordEnquiryOutcome =
  | { recorded: true; notification: FlashNotification }
  | { recorded: false; closed: true; notification: FlashNotification }
  | ({ recorded: false; closed?: false; errors: FieldError[] } & EnquiryFormModel);

/**
 * Checks the form, then asks education-referrals to record the enquiry as the signed-in person:
 * its 400 problems land on their questions; a closed case (409) sends the person back to it.
 */
@Injectable()
export class RecordCmeEnquiry {
  constructor(
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; caseId: string; body: Record<string, unknown> }): Promise<RecordEnquiryOutcome> {
    const { answers, errors, enquiry } = readEnquiryForm(input.body, this.clock.now());
    const reshow = async (errs: FieldError[]): Promise<RecordEnquiryOutcome> => ({ recorded: false, errors: errs, answers, cmeCase: await this.education.cmeCase(input.user.token, input.caseId) });
    if (!enquiry) return reshow(errors);
    try {
      await this.education.recordEnquiry(input.user.token, input.caseId, enquiry);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400 && error.problems.length) return reshow(enquiryProblems(error.problems));
      if (error instanceof ApiProblem && error.status === 409) {
        return { recorded: false, closed: true, notification: { type: 'important', heading: 'This case is closed', text: 'No more enquiries can be recorded on it. Someone may have recorded its outcome since you opened the form.' } };
      }
      throw error;
    }
    return {
      recorded: true,
      notification: { heading: 'Enquiry recorded', text: `${label('reasonableEnquiry', enquiry.enquiry)}, ${londonDate(enquiry.madeOn)}: ${label('enquiryResult', enquiry.result).toLowerCase()}.` },
    };
  }
}
