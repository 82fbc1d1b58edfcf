import { Clock, createEnvelope, RequiredAction, TaskCreatedV1, Topics } from '@homeward/contracts';
import { computeDeadline } from '@homeward/deadlines';
import { Inbox, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { Task } from '../task.entity';
import { CreateTasksFromDecisionCommand } from './create-tasks-from-decision.command';

const CONSUMER = 'compliance-tracker.create-tasks-from-decision';
const SYSTEM_ACTOR = 'protocol';

/**
 * Turns a decision's required actions into tasks with their statutory deadlines, one per
 * action however often the decision arrives, and closes the work a new episode supersedes.
 */
@Injectable()
export class CreateTasksFromDecision {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(command: CreateTasksFromDecisionCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const created: Task[] = [];
      for (const action of command.decision.requiredActions) {
        const task = await this.createTask(em, command, action);
        if (task) created.push(task);
      }
      await this.supersede(em, command, created);
      for (const task of created) await this.announce(em, command, task);
    });
  }

  private async createTask(em: EntityManager, command: CreateTasksFromDecisionCommand, action: RequiredAction): Promise<Task | null> {
    const d = command.decision;
    const anchorAt = new Date(action.anchorAt);
    const task = em.create(Task, {
      id: randomUUID(),
      actionKey: action.actionKey,
      decisionId: d.decisionId,
      childId: d.childId,
      episodeId: d.episodeId,
      policeReference: d.policeReference,
      type: action.taskType,
      status: 'OPEN',
      priority: action.priority,
      dueAt: computeDeadline(action.deadline, anchorAt),
      deadlineRule: action.deadline,
      anchorAt,
      reasons: action.reasons,
      responsibleAuthority: action.responsibleAuthority,
      assignee: null,
      supersededBy: null,
    });
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Task)
      .values(task as never)
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // an earlier decision already asked for this action
    await this.record(em, task.id, null, 'OPEN', { decisionId: d.decisionId, reasons: action.reasons });
    return task;
  }

  /** A new episode before the last RHI was held: that RHI is superseded by the new episode's work. */
  private async supersede(em: EntityManager, command: CreateTasksFromDecisionCommand, created: Task[]): Promise<void> {
    for (const s of command.decision.supersedes ?? []) {
      const open = await em.find(Task, {
        where: { episodeId: s.episodeId, type: s.taskType, status: In(['OPEN', 'CLAIMED']) },
        lock: { mode: 'pessimistic_write' },
      });
      const successor = created.find((t) => t.type === s.taskType) ?? null;
      for (const task of open) {
        await em.update(Task, { id: task.id }, { status: 'SUPERSEDED', supersededBy: successor?.id ?? null });
        await this.record(em, task.id, task.status, 'SUPERSEDED', { decisionId: command.decision.decisionId, episodeId: command.decision.episodeId });
      }
    }
  }

  private async announce(em: EntityManager, command: CreateTasksFromDecisionCommand, task: Task): Promise<void> {
    const data: TaskCreatedV1 = {
      taskId: task.id,
      decisionId: task.decisionId,
      childId: task.childId,
      episodeId: task.episodeId,
      policeReference: task.policeReference,
      taskType: task.type,
      priority: task.priority,
      dueAt: task.dueAt.toISOString(),
      responsibleAuthority: task.responsibleAuthority,
    };
    await this.outbox.append(em, {
      topic: Topics.taskCreated,
      key: task.childId,
      aggregateType: 'task',
      aggregateId: task.id,
      envelope: createEnvelope({
        type: 'compliance.task-created',
        version: 1,
        data,
        correlationId: command.correlationId,
        causationId: command.messageId,
        producer: 'compliance-tracker',
      }),
    });
  }

  private record(em: EntityManager, taskId: string, from: string | null, to: string, detail: Record<string, unknown>) {
    return em.query(
      `INSERT INTO task_history (task_id, at, actor, from_status, to_status, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [taskId, this.clock.now(), SYSTEM_ACTOR, from, to, JSON.stringify(detail)],
    );
  }
}
