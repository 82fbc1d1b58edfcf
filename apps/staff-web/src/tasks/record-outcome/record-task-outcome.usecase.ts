import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { FlashNotification, SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { FieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { workFor } from '../task-presenters';
import { OutcomeAnswers, problemsAsErrors, readOutcomeForm } from './outcome-form';
import { STATUS_ANCHOR } from './outcome-form-page';
import { notYoursToRecord, outcomesAllowed, recordsOutcomeOn, whyNoOutcome } from './outcome-options';
import { RECORDED } from './outcome-words';

export interface RecordTaskOutcomeCommand {
  user: SessionUser;
  taskId: string;
  /** The posted form, as Express parsed it. */
  body: unknown;
}

export type RecordTaskOutcomeResult =
  | { recorded: true; notification: FlashNotification }
  | { recorded: false; status: 400 | 403 | 409; answers: OutcomeAnswers; errors: FieldError[] };

/**
 * Checks the form as GOV.UK pages do, then asks compliance-tracker to record it: its 400
 * problems land on their inputs, its 409 (not allowed in the task's state now) in its own words.
 */
@Injectable()
export class RecordTaskOutcome {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordTaskOutcomeCommand): Promise<RecordTaskOutcomeResult> {
    const { user, taskId } = command;
    const task = await this.tasks.task(user.token, taskId);
    const allowed = outcomesAllowed(task.type, task.status);
    const [child] = task.childId ? await this.children.children(user.token, [task.childId], 'TASK') : [];
    const reading = readOutcomeForm(command.body, { taskType: task.type, allowed, now: this.clock.now(), childErased: Boolean(child?.erasedAt) });
    const notYours = recordsOutcomeOn(task, user) ? undefined : notYoursToRecord(task, user, await this.tasks.officers(user.token));
    if (notYours) return { recorded: false, status: 403, answers: reading.answers, errors: [{ field: STATUS_ANCHOR, text: notYours }] };
    if (allowed.length === 0) return { recorded: false, status: 409, answers: reading.answers, errors: [{ field: STATUS_ANCHOR, text: whyNoOutcome(task.status) }] };
    if (!reading.body) return { recorded: false, status: 400, answers: reading.answers, errors: reading.errors };

    try {
      await this.tasks.recordOutcome(user.token, taskId, reading.body);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status === 400 && error.problems.length) return { recorded: false, status: 400, answers: reading.answers, errors: problemsAsErrors(error.problems, reading.body.kind, task.type) };
      if (error.status === 409) {
        return { recorded: false, status: 409, answers: reading.answers, errors: [{ field: STATUS_ANCHOR, text: `This could not be recorded now (${error.detail}). The task may have changed since you opened the form.` }] };
      }
      throw error;
    }
    const work = `${label('taskType', task.type)} for ${workFor(task, child)}`;
    return { recorded: true, notification: { heading: RECORDED[reading.body.kind], text: work } };
  }
}
