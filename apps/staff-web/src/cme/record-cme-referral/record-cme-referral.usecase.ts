import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { FieldError } from '../../web/forms';
import { emptyReferralAnswers, ReferralAnswers, readReferralForm, referralProblems } from './referral-form';

/** A new, empty referral form with an id of its own: sending the same form twice records one referral. */
@Injectable()
export class ShowReferralForm {
  execute(): { answers: ReferralAnswers } {
    return { answers: emptyReferralAnswers(randomUUID()) };
  }
}

export type RecordReferralOutcome = { recorded: true; caseId: string; caseReference: string } | { recorded: false; answers: ReferralAnswers; errors: FieldError[] };

const REFERRAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sends the referral to education-referrals as the signed-in person (recorded as who took it):
 * it opens the child's CME case, or joins the one open, with the reasonable enquiries to make.
 */
@Injectable()
export class RecordCmeReferral {
  constructor(
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; body: Record<string, unknown> }): Promise<RecordReferralOutcome> {
    const referralId = typeof input.body.referralId === 'string' && REFERRAL_ID.test(input.body.referralId) ? input.body.referralId : randomUUID();
    const { answers, errors, referral } = readReferralForm(input.body, referralId, this.clock.now());
    if (!referral) return { recorded: false, answers, errors };
    try {
      const { caseId, caseReference } = await this.education.recordReferral(input.user.token, referral);
      return { recorded: true, caseId, caseReference };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400 && error.problems.length) return { recorded: false, answers, errors: referralProblems(error.problems) };
      if (error instanceof ApiProblem && error.status === 409) {
        // This form's id was recorded with other answers (sent, then changed): these go as a new referral.
        return { recorded: false, answers: { ...answers, referralId: randomUUID() }, errors: [{ field: 'source', text: 'This form was already sent with other answers. Check the answers and save again to record them as a new referral' }] };
      }
      throw error;
    }
  }
}
