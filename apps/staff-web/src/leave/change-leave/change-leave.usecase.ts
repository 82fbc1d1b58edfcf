import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { LeaveView, OfficerView } from '../../data/compliance-tracker.types';
import { dateInputError } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { LeaveAnswers, leaveProblems, readLeaveForm } from '../leave-form';

export type ChangeLeaveOutcome =
  | { changed: true }
  | { changed: false; closed: true }
  | { changed: false; closed?: false; leave: LeaveView; answers: LeaveAnswers; errors: FieldError[]; officers: OfficerView[] };

/**
 * Moves a leave's dates or changes its cover. Under way, its start stays as it is (the form
 * does not ask for it). A leave that has ended or been cancelled meanwhile cannot change.
 */
@Injectable()
export class ChangeLeave {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(input: { user: SessionUser; id: string; body: Record<string, unknown> }): Promise<ChangeLeaveOutcome> {
    const { token } = input.user;
    const [leave, officers] = await Promise.all([this.tracker.leaveDetail(token, input.id), this.tracker.officers(token)]);
    if (leave.status !== 'UPCOMING' && leave.status !== 'IN_PROGRESS') return { changed: false, closed: true };
    const startFixed = leave.status === 'IN_PROGRESS';
    const { answers, errors, leave: changed } = readLeaveForm({ ...input.body, officer: leave.officer }, { chooseOfficer: false, startFixed });
    if (!changed) return { changed: false, leave, answers, errors, officers };
    try {
      await this.tracker.changeLeave(token, input.id, {
        ...(startFixed ? {} : { startsAt: changed.startsAt }),
        endsAt: changed.endsAt,
        coverUsername: changed.cover,
      });
      return { changed: true };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) return { changed: false, leave, answers, errors: leaveProblems(error.problems), officers };
      if (error instanceof ApiProblem && error.status === 409) {
        if (!/already has leave/.test(error.detail)) return { changed: false, closed: true };
        return { changed: false, leave, answers, errors: [dateInputError(startFixed ? 'endDate' : 'startDate', 'Those dates overlap other leave of theirs: change that leave, or choose other dates')], officers };
      }
      throw error;
    }
  }
}
