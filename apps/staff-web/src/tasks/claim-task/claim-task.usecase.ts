import { Injectable } from '@nestjs/common';
import type { FlashNotification, SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import { label } from '../../web/labels';
import { actorName, workFor } from '../task-presenters';

export interface ClaimTaskCommand {
  user: SessionUser;
  taskId: string;
}

/**
 * Claims a task for the signed-in officer (or their cover, while they are away) and says what
 * happened in words naming the child and the work: the banner on the page the claim came from.
 * A task someone else took first is not an error page: the banner says who has it.
 */
@Injectable()
export class ClaimTask {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
  ) {}

  async execute(command: ClaimTaskCommand): Promise<FlashNotification> {
    const { user, taskId } = command;
    let claimed: { assignee: string } | undefined;
    let refusal: string | undefined;
    try {
      claimed = await this.tasks.claimTask(user.token, taskId);
    } catch (error) {
      if (!(error instanceof ApiProblem) || error.status !== 409) throw error;
      refusal = error.detail;
    }
    // Read after the claim: the banner names what the owner now says, not what the page showed.
    const task = await this.tasks.task(user.token, taskId);
    const [child] = task.childId ? await this.children.children(user.token, [task.childId], 'LIST') : [];
    const work = `the ${label('taskType', task.type).toLowerCase()} for ${workFor(task, child)}`;

    if (claimed) {
      if (claimed.assignee === user.username) return { heading: `You claimed ${work}` };
      const officers = await this.tasks.officers(user.token);
      return { heading: `${capitalise(work)} went to ${actorName(claimed.assignee, officers)}`, text: 'You are on leave, and they are covering your work.' };
    }
    if (task.assignee) {
      const officers = await this.tasks.officers(user.token);
      const holder = task.assignee === user.username ? 'You have' : `${actorName(task.assignee, officers)} has`;
      return { type: 'important', heading: `${holder} already claimed ${work}` };
    }
    return { type: 'important', heading: `${capitalise(work)} was not claimed`, text: capitalise(refusal ?? '') };
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
