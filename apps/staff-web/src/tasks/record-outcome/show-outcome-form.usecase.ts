import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { FieldError } from '../../web/forms';
import type { OutcomeAnswers } from './outcome-form';
import { outcomeFormModel } from './outcome-form-page';
import { notYoursToRecord, recordsOutcomeOn } from './outcome-options';

export interface ShowOutcomeFormCommand {
  user: SessionUser;
  taskId: string;
  /** Kept from a refused post, shown again with its errors. */
  answers?: OutcomeAnswers;
  errors?: FieldError[];
}

/** The outcome form for the task as compliance-tracker has it now; the child's name is a TASK view. */
@Injectable()
export class ShowOutcomeForm {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: ShowOutcomeFormCommand) {
    const task = await this.tasks.task(command.user.token, command.taskId);
    const [child] = task.childId ? await this.children.children(command.user.token, [task.childId], 'TASK') : [];
    const notYours = recordsOutcomeOn(task, command.user) ? undefined : notYoursToRecord(task, command.user, await this.tasks.officers(command.user.token));
    return outcomeFormModel({ task, child, answers: command.answers ?? {}, errors: command.errors ?? [], now: this.clock.now(), notYours });
  }
}
