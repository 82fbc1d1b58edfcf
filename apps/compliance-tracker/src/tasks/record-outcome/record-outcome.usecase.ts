import { Clock } from '@homeward/contracts';
import { UnitOfWork, validationFailed } from '@homeward/platform';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isCompliant } from '../../compliance-figures/compliance-rule';
import { TaskCloser } from '../task-closer';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task, TaskOutcome, TaskStatus } from '../task.entity';
import { outcomeNotesProblems } from './outcome-notes';
import { mayRecordOutcome } from './outcome-permission';
import { OutcomeKind, outcomesFor, outcomeTransition } from './outcome-transitions';
import { RecordOutcomeCommand } from './record-outcome.command';
import { RecordOutcomeDto } from './record-outcome.dto';

const RESULT: Partial<Record<OutcomeKind, TaskOutcome['result']>> = {
  DECLINED: 'DECLINED',
  HELD: 'HELD',
  NOT_OFFERED: 'NOT_OFFERED',
  MEETING_HELD: 'HELD',
  DONE: 'DONE',
};

export interface RecordedOutcome {
  id: string;
  status: TaskStatus;
  outcome: TaskOutcome;
}

/**
 * Records what happened about a task and moves it along its state machine; the last
 * outcome closes it (task-closed, alarms ended). Every change lands in the task's history.
 */
@Injectable()
export class RecordOutcome {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly closer: TaskCloser,
    private readonly clock: Clock,
  ) {}

  execute(command: RecordOutcomeCommand): Promise<RecordedOutcome> {
    return this.unitOfWork.run((em) => this.record(em, command));
  }

  private async record(em: EntityManager, command: RecordOutcomeCommand): Promise<RecordedOutcome> {
    const { kind } = command.outcome;
    const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw taskNotFound(command.taskId);
    const permission = mayRecordOutcome(task, command.actor);
    if (!permission.ok) {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `the task is ${permission.holder}'s: only they or a manager may record its outcome` });
    }
    const transition = outcomeTransition(task.type, task.status, kind);
    if (!transition.ok && transition.problem === 'WRONG_TYPE') {
      const expected = outcomesFor(task.type);
      const reason = expected.length ? `${kind} does not apply to a ${task.type}; expected one of ${expected.join(', ')}` : `a ${task.type} task takes no outcome here: it is recorded on the CME case, and the task closes with the case`;
      throw validationFailed([{ field: 'kind', reason }]);
    }
    if (!transition.ok) throw illegalTransition(task.status, `record ${kind}`);
    const notes = outcomeNotesProblems(task, command.outcome);
    if (notes.length) throw validationFailed(notes);
    const now = this.clock.now();
    const facts = factsOf(command.outcome);
    const outcome: TaskOutcome = { ...task.outcome, ...facts, ...(RESULT[kind] ? { result: RESULT[kind] } : {}) };
    const { actions: _actions, ...detail } = facts; // agreed actions are free text: not for history
    const history = { kind, ...detail };
    if (kind === 'HELD') await em.update(Task, { id: task.id }, { outcomeSummary: command.outcome.summary?.trim() || null });
    if (transition.to === 'COMPLETED') {
      await this.closer.close(em, task, {
        to: 'COMPLETED',
        actor: command.actor.username,
        at: now,
        correlationId: command.correlationId,
        compliant: isCompliant(task, outcome),
        outcome,
        detail: history,
      });
      return { id: task.id, status: 'COMPLETED', outcome };
    }
    await em.update(Task, { id: task.id }, { status: transition.to, outcome });
    await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: transition.to, detail: history });
    return { id: task.id, status: transition.to, outcome };
  }
}

/** The recordable facts of one outcome (the interview summary is stored apart, see Task.outcomeSummary). */
function factsOf(o: Readonly<RecordOutcomeDto>): TaskOutcome {
  switch (o.kind) {
    case 'OFFERED': return { offeredAt: o.offeredAt, offeredHow: o.offeredHow };
    case 'ACCEPTED': return { acceptedAt: o.acceptedAt };
    case 'DECLINED': return { declinedReason: o.declinedReason };
    case 'HELD': return { heldAt: o.heldAt, interviewerIndependent: o.interviewerIndependent };
    case 'NOT_OFFERED': return { notOfferedReason: o.notOfferedReason };
    case 'MEETING_HELD': return { heldAt: o.heldAt, attendeeAgencies: o.attendeeAgencies, actions: o.actions ?? [] };
    case 'DONE': return { doneAt: o.doneAt };
  }
}
