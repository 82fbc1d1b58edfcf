import { Clock, CmeTaskType } from '@homeward/contracts';
import { Inbox, OutboxEntry, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DeadlineLedger } from '../../deadline-alarms/deadline-ledger';
import { taskCreatedEvent } from '../task-created-event';
import { appendHistory } from '../task-history';
import { Task } from '../task.entity';
import { CreateCmeTasksCommand } from './create-cme-tasks.command';

const CONSUMER = 'compliance-tracker.create-cme-tasks';
const SYSTEM_ACTOR = 'education-referrals';

/** One task per (case, type) however often the case asks: a repeat request is already in the queue. */
export const cmeActionKey = (caseId: string, type: CmeTaskType) => `cme:${caseId}:${type}`;

/**
 * Puts a CME case's work in the CMO's queue beside missing-episode work: OPEN and unassigned,
 * due when education-referrals says (it owns the term dates), with the same reminders and
 * escalation as any task.
 */
@Injectable()
export class CreateCmeTasks {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly ledger: DeadlineLedger,
  ) {}

  async execute(command: CreateCmeTasksCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const events: OutboxEntry[] = [];
      for (const required of command.request.tasks) {
        const task = await this.createTask(em, command, required);
        if (task) events.push(taskCreatedEvent(task, command), ...(await this.ledger.plan(em, task)));
      }
      await this.outbox.append(em, ...events);
    });
  }

  private async createTask(em: EntityManager, command: CreateCmeTasksCommand, required: { type: CmeTaskType; dueAt: string }): Promise<Task | null> {
    const r = command.request;
    const task = em.create(Task, {
      id: randomUUID(),
      actionKey: cmeActionKey(r.caseId, required.type),
      subjectKind: 'CME_CASE',
      decisionId: null,
      childId: null,
      episodeId: null,
      policeReference: null,
      cmeCaseId: r.caseId,
      caseReference: r.caseReference,
      childKey: r.childKey,
      type: required.type,
      status: 'OPEN',
      // The contracts give CME work no priority: it waits in the queue as NORMAL work.
      priority: 'NORMAL',
      dueAt: new Date(required.dueAt),
      // Given, not reckoned here: the deadline counts from the request on education-referrals' term dates.
      deadlineRule: null,
      anchorAt: new Date(r.requestedAt),
      reasons: [],
      responsibleAuthority: null,
      hostForce: null,
      alarmLadder: null,
      assignee: null,
      addressedTo: null,
      supersededBy: null,
      deadlineVersion: 1,
      claimedAt: null,
      closedAt: null,
      outcome: {},
      outcomeSummary: null,
      erasedAt: null,
    });
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Task)
      .values(task as never)
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // an earlier request already asked for this work
    await appendHistory(em, { taskId: task.id, at: this.clock.now(), actor: SYSTEM_ACTOR, from: null, to: 'OPEN', detail: { cmeCaseId: r.caseId, caseReference: r.caseReference, source: r.source } });
    return task;
  }
}
