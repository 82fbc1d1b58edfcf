import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { SchoolReturnReceipt, SchoolSession } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { FieldError } from '../../web/forms';
import { emptySchoolReturnAnswers, readSchoolReturnForm, SchoolReturnAnswers, SchoolReturnInfo, schoolReturnProblems } from '../school-return-form';

/** A new, empty return form with an id of its own: sending the same form twice is one return. */
@Injectable()
export class ShowSchoolReturnForm {
  execute(info: SchoolReturnInfo): { answers: SchoolReturnAnswers } {
    return { answers: emptySchoolReturnAnswers(info.slug, randomUUID()) };
  }
}

export type SendSchoolReturnOutcome = { sent: true; receipt: SchoolReturnReceipt } | { sent: false; answers: SchoolReturnAnswers; errors: FieldError[] };

const RETURN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sends a school's return to education-referrals under the school's own key (the key, not the
 * form, says which school sent it). A refused key (revoked since sign-in) ends the session.
 */
@Injectable()
export class SendSchoolReturn {
  constructor(private readonly education: EducationReferralsClient) {}

  async execute(input: { school: SchoolSession; info: SchoolReturnInfo; body: Record<string, unknown> }): Promise<SendSchoolReturnOutcome> {
    const { info, body } = input;
    const returnId = typeof body.returnId === 'string' && RETURN_ID.test(body.returnId) ? body.returnId : randomUUID();
    const { answers, errors, request } = readSchoolReturnForm(info.slug, body, returnId);
    if (!request) return { sent: false, answers, errors };
    try {
      const accepted = await this.education.sendSchoolReturn(input.school.key, info.path, request);
      return {
        sent: true,
        receipt: {
          kind: info.slug,
          pupilName: `${request.pupil.givenName} ${request.pupil.familyName}`,
          late: accepted.late,
          ...(accepted.caseReference && { caseReference: accepted.caseReference }),
          ...(accepted.deletion && { deletion: accepted.deletion }),
        },
      };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400 && error.problems.length) return { sent: false, answers, errors: schoolReturnProblems(info.slug, error.problems) };
      if (error instanceof ApiProblem && error.status === 409) {
        // This form's id was sent with other answers (sent, then changed and sent again): these go as a new return.
        return {
          sent: false,
          answers: { ...answers, returnId: randomUUID() },
          errors: [{ field: 'givenName', text: 'This form was already sent with other answers. Check the answers and send again to send them as a new return' }],
        };
      }
      throw error;
    }
  }
}
