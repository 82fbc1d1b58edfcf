import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { FieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { actorName, statusTag, subjectReference, workFor } from '../task-presenters';
import { CANCEL_REASONS, holdersFor, MANAGER_CANCEL_REASONS } from './manage-actions';

export interface ShowManageFormCommand {
  user: SessionUser;
  taskId: string;
  form: 'reassign' | 'cancel';
  /** The answer of a refused post, shown again with its error. */
  answer?: string;
  errors?: FieldError[];
}

/** The manager's reassign or cancel page for a task as compliance-tracker has it now. */
@Injectable()
export class ShowManageForm {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
  ) {}

  async execute(command: ShowManageFormCommand) {
    const { user, taskId, answer, errors = [] } = command;
    const task = await this.tasks.task(user.token, taskId);
    const [[child], officers] = await Promise.all([task.childId ? this.children.children(user.token, [task.childId], 'TASK') : Promise.resolve([]), this.tasks.officers(user.token)]);
    const work = `${label('taskType', task.type).toLowerCase()} for ${workFor(task, child)}`;
    const common = {
      caption: `${label('taskType', task.type)}, ${subjectReference(task)}`,
      taskHref: `/tasks/${task.id}`,
      status: statusTag(task.status),
      holder: task.assignee ? actorName(task.assignee, officers) : 'Nobody (in the team queue)',
      errors,
    };
    if (command.form === 'reassign') {
      return {
        ...common,
        pageTitle: `Give the ${work} to another officer`,
        items: holdersFor(officers, task.assignee).map((o) => ({
          value: o.username,
          text: o.displayName || o.username,
          hint: o.onLeaveNow ? { text: 'On leave now: whoever covers them will get it' } : undefined,
          checked: answer === o.username,
        })),
      };
    }
    return {
      ...common,
      pageTitle: `Cancel the ${work}`,
      items: MANAGER_CANCEL_REASONS.map((value) => ({ value, text: CANCEL_REASONS[value].text, hint: CANCEL_REASONS[value].hint ? { text: CANCEL_REASONS[value].hint } : undefined, checked: answer === value })),
    };
  }
}
