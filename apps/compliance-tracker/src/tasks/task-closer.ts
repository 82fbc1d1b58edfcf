import { createEnvelope, TaskClosedV1, Topics } from '@homeward/contracts';
import { OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadlineLedger } from '../deadline-alarms/deadline-ledger';
import { appendHistory } from './task-history';
import { ClosedTaskStatus, Task, TaskOutcome } from './task.entity';
import { taskMessageKey, taskSubject } from './task-subject';

export interface Closing {
  to: ClosedTaskStatus;
  actor: string;
  at: Date;
  correlationId: string;
  causationId?: string;
  compliant?: boolean;
  supersededBy?: string | null;
  outcome?: TaskOutcome;
  detail: Record<string, unknown>;
}

/**
 * Closing a task, however it closes (outcome recorded, superseded): status, history,
 * `compliance.task-closed.v1` and the end of its alarms, in the caller's transaction.
 */
@Injectable()
export class TaskCloser {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly ledger: DeadlineLedger,
  ) {}

  async close(em: EntityManager, task: Task, c: Closing): Promise<void> {
    await em.update(Task, { id: task.id }, {
      status: c.to,
      closedAt: c.at,
      ...(c.outcome ? { outcome: c.outcome } : {}),
      ...(c.supersededBy !== undefined ? { supersededBy: c.supersededBy } : {}),
    });
    await appendHistory(em, { taskId: task.id, at: c.at, actor: c.actor, from: task.status, to: c.to, detail: c.detail });
    const data: TaskClosedV1 = {
      taskId: task.id,
      childId: task.childId,
      episodeId: task.episodeId,
      policeReference: task.policeReference,
      taskType: task.type,
      outcome: c.to,
      closedAt: c.at.toISOString(),
      ...(c.compliant !== undefined ? { compliant: c.compliant } : {}),
      subject: taskSubject(task),
    };
    await this.outbox.append(em, {
      topic: Topics.taskClosed,
      key: taskMessageKey(task),
      aggregateType: 'task',
      aggregateId: task.id,
      envelope: createEnvelope({
        type: 'compliance.task-closed',
        version: 1,
        data,
        occurredAt: c.at,
        correlationId: c.correlationId,
        causationId: c.causationId,
        producer: 'compliance-tracker',
      }),
    });
    await this.ledger.cancel(em, task.id);
  }
}
