import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { LeaveView, OfficerView } from '../../data/compliance-tracker.types';
import type { FieldError } from '../../web/forms';
import { partsOf } from '../../web/date-input';
import { leaveDatesText } from '../leave-dates';
import { answersOf, LeaveAnswers } from '../leave-form';
import { leaveFormModel, namesOf } from '../leave-view';

export type LeaveFormModel = ReturnType<typeof leaveFormModel> & { leaveId?: string };

export interface LeaveFormPageInput {
  user: SessionUser;
  /** Changing this leave (read here), or `leave` as already read; without either, recording new leave. */
  leaveId?: string;
  leave?: LeaveView;
  /** Shown again after errors, as typed. */
  answers?: LeaveAnswers;
  errors?: FieldError[];
  officers?: OfficerView[];
}

/** The record or change form: a manager chooses the officer, a CMO records their own; leave under way keeps its start. */
@Injectable()
export class LeaveFormPage {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(input: LeaveFormPageInput): Promise<LeaveFormModel | { closed: true }> {
    const { user } = input;
    const [leave, officers] = await Promise.all([
      input.leave ?? (input.leaveId ? this.tracker.leaveDetail(user.token, input.leaveId) : undefined),
      input.officers ?? this.tracker.officers(user.token),
    ]);
    if (leave && leave.status !== 'UPCOMING' && leave.status !== 'IN_PROGRESS') return { closed: true };
    const name = namesOf(officers);
    const blank: LeaveAnswers = { officer: user.role === 'MANAGER' ? '' : user.username, startDate: partsOf(undefined), startTime: '', endDate: partsOf(undefined), endTime: '', cover: '' };
    const answers = input.answers ?? (leave ? answersOf(leave) : blank);
    const chooseOfficer = !leave && user.role === 'MANAGER';
    const model = leaveFormModel(answers, input.errors ?? [], officers, {
      chooseOfficer,
      officerName: chooseOfficer ? undefined : name(leave?.officer ?? user.username),
      startFixedText: leave?.status === 'IN_PROGRESS' ? leaveDatesText(leave).starts : undefined,
    });
    return { ...model, leaveId: leave?.id };
  }
}
