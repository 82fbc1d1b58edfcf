import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { OfficerView } from '../../data/compliance-tracker.types';
import { dateInputError } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { LeaveAnswers, leaveProblems, readLeaveForm } from '../leave-form';
import { namesOf } from '../leave-view';

export type RecordLeaveOutcome =
  | { recorded: true; id: string; officerName: string }
  | { recorded: false; answers: LeaveAnswers; errors: FieldError[]; officers: OfficerView[] };

/**
 * Records leave from the form: a manager's for anyone, a CMO's for themselves only (the officer
 * is the signed-in person whatever the form says). The service's 400 and 409 come back as the
 * form's errors.
 */
@Injectable()
export class RecordLeave {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(input: { user: SessionUser; body: Record<string, unknown> }): Promise<RecordLeaveOutcome> {
    const { user } = input;
    const manager = user.role === 'MANAGER';
    const body = manager ? input.body : { ...input.body, officer: user.username };
    const officers = await this.tracker.officers(user.token);
    const { answers, errors, leave } = readLeaveForm(body, { chooseOfficer: true, startFixed: false });
    if (!leave?.startsAt) return { recorded: false, answers, errors, officers };
    try {
      const recorded = await this.tracker.recordLeave(user.token, { officer: leave.officer, startsAt: leave.startsAt, endsAt: leave.endsAt, ...(leave.cover ? { cover: leave.cover } : {}) });
      return { recorded: true, id: recorded.id, officerName: namesOf(officers)(recorded.officer) };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) return { recorded: false, answers, errors: leaveProblems(error.problems), officers };
      if (error instanceof ApiProblem && error.status === 409) {
        const name = namesOf(officers)(leave.officer);
        return { recorded: false, answers, errors: [dateInputError('startDate', `${name} already has leave in that period: change that leave, or choose other dates`)], officers };
      }
      throw error;
    }
  }
}
