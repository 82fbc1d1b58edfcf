import { Injectable } from '@nestjs/common';
import type { FlashNotification, SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { FieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { actorName, workFor } from '../task-presenters';

export type ManageTaskCommand =
  | { user: SessionUser; taskId: string; action: 'reassign'; body: Record<string, unknown> }
  | { user: SessionUser; taskId: string; action: 'cancel'; body: Record<string, unknown> }
  | { user: SessionUser; taskId: string; action: 'unclaim' };

export type ManageTaskResult = { done: true; notification: FlashNotification } | { done: false; status: 400 | 409; answer: string; errors: FieldError[] };

const FIELD = { reassign: 'officer', cancel: 'reason' } as const;
const MISSING = { reassign: 'Select who to give the task to', cancel: 'Select why the task is cancelled' } as const;
const answerOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * A manager's reassign, unclaim or cancel, asked of compliance-tracker as the signed-in person:
 * a missing answer is the page's own error; the service's 400 or 409 (closed since, on leave
 * without cover) lands on the field in its words. Success is a banner naming the child and the work.
 */
@Injectable()
export class ManageTask {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
  ) {}

  async execute(command: ManageTaskCommand): Promise<ManageTaskResult> {
    const { user, taskId } = command;
    const answer = command.action === 'unclaim' ? '' : answerOf(command.body[FIELD[command.action]]);
    const field = command.action === 'unclaim' ? 'task-status' : FIELD[command.action];
    if (command.action !== 'unclaim' && !answer) return { done: false, status: 400, answer, errors: [{ field, text: MISSING[command.action] }] };
    let assignee: string | null = null;
    try {
      if (command.action === 'reassign') assignee = (await this.tasks.reassignTask(user.token, taskId, answer)).assignee;
      else if (command.action === 'cancel') await this.tasks.cancelTask(user.token, taskId, answer);
      else await this.tasks.unclaimTask(user.token, taskId);
    } catch (error) {
      if (!(error instanceof ApiProblem) || (error.status !== 400 && error.status !== 409)) throw error;
      const text = error.status === 409 ? `This could not be done now: ${error.detail}` : (error.problems[0]?.reason ?? error.detail);
      return { done: false, status: error.status, answer, errors: [{ field, text: capitalise(text) }] };
    }
    const task = await this.tasks.task(user.token, taskId);
    const [child] = task.childId ? await this.children.children(user.token, [task.childId], 'LIST') : [];
    const work = `the ${label('taskType', task.type).toLowerCase()} for ${workFor(task, child)}`;
    if (command.action === 'cancel') return { done: true, notification: { heading: `You cancelled ${work}` } };
    if (command.action === 'unclaim') return { done: true, notification: { heading: `${capitalise(work)} is back in the team queue` } };
    const officers = await this.tasks.officers(user.token);
    const chosen = actorName(answer, officers);
    const given = actorName(assignee, officers);
    return { done: true, notification: { heading: `You gave ${work} to ${given}`, ...(assignee !== answer ? { text: `${chosen} is on leave: ${given} is covering their work.` } : {}) } };
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
