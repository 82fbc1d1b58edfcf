import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { FlashNotification, SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { FieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { CmeOutcomeAnswers, cmeOutcomeProblems, readCmeOutcomeForm } from './cme-outcome-form';
import { cmeOutcomeFormModel } from './cme-outcome-form-page';

export type CmeOutcomeFormPage = ReturnType<typeof cmeOutcomeFormModel>;

/** The outcome form for the case as education-referrals has it now (the read is recorded there). */
@Injectable()
export class ShowCmeOutcomeForm {
  constructor(private readonly education: EducationReferralsClient) {}

  async execute(input: { user: SessionUser; caseId: string; answers?: CmeOutcomeAnswers; errors?: FieldError[] }): Promise<CmeOutcomeFormPage> {
    const [cmeCase, authorities] = await Promise.all([this.education.cmeCase(input.user.token, input.caseId), this.education.localAuthorities(input.user.token)]);
    return cmeOutcomeFormModel({ cmeCase, authorities, answers: input.answers ?? {}, errors: input.errors ?? [] });
  }
}

export type RecordCmeOutcomeResult =
  | { recorded: true; notification: FlashNotification }
  | { recorded: false; closed: true; notification: FlashNotification }
  | { recorded: false; closed?: false; answers: CmeOutcomeAnswers; errors: FieldError[] };

/**
 * Checks the form, then asks education-referrals to close the case with the outcome: its rules
 * (every reasonable enquiry before whereabouts unknown, dates after the first day missing) come
 * back as 400 problems on their questions; a case already closed (409) sends the person back to it.
 */
@Injectable()
export class RecordCmeOutcome {
  constructor(
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; caseId: string; body: Record<string, unknown> }): Promise<RecordCmeOutcomeResult> {
    const cmeCase = await this.education.cmeCase(input.user.token, input.caseId);
    const closed = { recorded: false, closed: true, notification: { type: 'important', heading: 'This case is already closed', text: 'Its outcome is below. Someone may have recorded it since you opened the form.' } } as const;
    if (cmeCase.status !== 'OPEN') return closed;
    const { answers, errors, outcome } = readCmeOutcomeForm(input.body, { source: cmeCase.source, now: this.clock.now() });
    if (!outcome) return { recorded: false, answers, errors };
    let answer: { reference: string; schoolDaysMissing: number | null };
    try {
      answer = await this.education.recordOutcome(input.user.token, input.caseId, outcome);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400 && error.problems.length) return { recorded: false, answers, errors: cmeOutcomeProblems(error.problems, outcome.outcome) };
      if (error instanceof ApiProblem && error.status === 409) return closed;
      throw error;
    }
    // No name in the banner: it waits in the session store (Redis) until the next page.
    const missed = answer.schoolDaysMissing === null ? '' : ` School days missing education: ${answer.schoolDaysMissing}.`;
    return { recorded: true, notification: { heading: `CME case ${answer.reference} closed`, text: `Outcome: ${label('cmeOutcome', outcome.outcome).toLowerCase()}.${missed}` } };
  }
}
