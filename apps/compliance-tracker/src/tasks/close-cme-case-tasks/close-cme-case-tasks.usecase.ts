import { Clock } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isCompliant } from '../../compliance-figures/compliance-rule';
import { TaskCloser } from '../task-closer';
import { OpenTaskStatuses, Task, TaskOutcome } from '../task.entity';
import { CloseCmeCaseTasksCommand } from './close-cme-case-tasks.command';

const CONSUMER = 'compliance-tracker.close-cme-case-tasks';
const SYSTEM_ACTOR = 'education-referrals';

/**
 * The CME case ended with an outcome, so its open work ended with it: each open task is
 * COMPLETED (result DONE, done when the case closed), not cancelled, because the work was
 * needed and reached its end. Closed once however often the closure arrives.
 */
@Injectable()
export class CloseCmeCaseTasks {
  constructor(
    private readonly inbox: Inbox,
    private readonly clock: Clock,
    private readonly closer: TaskCloser,
  ) {}

  async execute(command: CloseCmeCaseTasksCommand): Promise<void> {
    const c = command.closure;
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const open = await em.find(Task, { where: { cmeCaseId: c.caseId, status: In([...OpenTaskStatuses]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      for (const task of open) {
        const outcome: TaskOutcome = { ...task.outcome, result: 'DONE', doneAt: new Date(c.closedAt).toISOString() };
        await this.closer.close(em, task, {
          to: 'COMPLETED',
          actor: SYSTEM_ACTOR,
          at: this.clock.now(),
          correlationId: command.correlationId,
          causationId: command.messageId,
          compliant: isCompliant(task, outcome),
          outcome,
          detail: { change: 'CME_CASE_CLOSED', cmeCaseId: c.caseId, caseReference: c.caseReference, caseOutcome: c.outcome, caseClosedAt: c.closedAt },
        });
      }
    });
  }
}
