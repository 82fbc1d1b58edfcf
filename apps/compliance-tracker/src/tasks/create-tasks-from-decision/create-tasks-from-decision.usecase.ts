import { Clock, RequiredAction } from '@homeward/contracts';
import { computeDeadline } from '@homeward/deadlines';
import { Inbox, OutboxEntry, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { erasureOf, lockChildren } from '../../child-erasures/erased-children';
import { erasedCreationDetail, erasedTask, erasureHistoryDetail } from '../../child-erasures/erase-child/task-erasure';
import { DeadlineLedger } from '../../deadline-alarms/deadline-ledger';
import { TaskCanceller } from '../cancel-task';
import { taskCreatedEvent } from '../task-created-event';
import { appendHistory } from '../task-history';
import { TaskCloser } from '../task-closer';
import { OpenTaskStatuses, Task } from '../task.entity';
import { CreateTasksFromDecisionCommand } from './create-tasks-from-decision.command';
import { supersessions } from './supersede-rule';
import { addresseeOf } from './addressee';

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
    private readonly ledger: DeadlineLedger,
    private readonly closer: TaskCloser,
    private readonly canceller: TaskCanceller,
  ) {}

  async execute(command: CreateTasksFromDecisionCommand): Promise<void> {
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      const created: Task[] = [];
      // A decision about a record merged since it was made belongs to the survivor.
      const [merged]: { survivor_child_id: string }[] = await em.query(`SELECT survivor_child_id FROM child_merges WHERE merged_child_id = $1`, [command.decision.childId]);
      const childId = merged?.survivor_child_id ?? command.decision.childId;
      // A decision made before the child's erasure and delivered after it: its work is counted, nothing identifying kept.
      const children = [command.decision.childId, childId];
      await lockChildren(em, children);
      const erasureId = await erasureOf(em, children);
      for (const action of command.decision.requiredActions) {
        const task = await this.createTask(em, command, action, childId, erasureId);
        if (task) created.push(task);
      }
      await this.supersede(em, command, created);
      await this.cancelWithdrawn(em, command);
      const events: OutboxEntry[] = [];
      for (const task of created) events.push(taskCreatedEvent(task, command), ...(await this.ledger.plan(em, task)));
      await this.outbox.append(em, ...events);
    });
  }

  private async createTask(em: EntityManager, command: CreateTasksFromDecisionCommand, action: RequiredAction, childId: string, erasureId: string | null): Promise<Task | null> {
    const d = command.decision;
    const anchorAt = new Date(action.anchorAt);
    const addressee = addresseeOf(action, d.allocatedWorker, action.assignTo ? await this.teamManager(em) : null);
    const assignedAt = addressee?.staffId ? this.clock.now() : null;
    const task = em.create(Task, {
      id: randomUUID(),
      actionKey: action.actionKey,
      decisionId: d.decisionId,
      childId,
      episodeId: d.episodeId,
      policeReference: d.policeReference,
      type: action.taskType,
      status: assignedAt ? 'CLAIMED' : 'OPEN',
      priority: action.priority,
      dueAt: computeDeadline(action.deadline, anchorAt),
      deadlineRule: action.deadline,
      anchorAt,
      reasons: action.reasons,
      responsibleAuthority: action.responsibleAuthority,
      hostForce: action.hostForce ?? null,
      alarmLadder: action.alarms ?? null,
      assignee: addressee?.staffId ?? null,
      addressedTo: addressee,
      supersededBy: null,
      deadlineVersion: 1,
      claimedAt: assignedAt,
      closedAt: null,
      outcome: {},
      outcomeSummary: null,
      erasedAt: null,
    });
    if (erasureId) Object.assign(task, erasedTask(task), { erasedAt: this.clock.now() });
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Task)
      .values(task as never)
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return null; // an earlier decision already asked for this action
    const creation = { decisionId: d.decisionId, reasons: action.reasons, ...(addressee && { addressedTo: addressee }) };
    await appendHistory(em, { taskId: task.id, at: this.clock.now(), actor: SYSTEM_ACTOR, from: null, to: 'OPEN', detail: erasureId ? erasedCreationDetail(creation) : creation });
    if (assignedAt) await appendHistory(em, { taskId: task.id, at: assignedAt, actor: SYSTEM_ACTOR, from: 'OPEN', to: 'CLAIMED', detail: { assignee: task.assignee, addressedTo: addressee } });
    if (erasureId) await appendHistory(em, { taskId: task.id, at: this.clock.now(), actor: SYSTEM_ACTOR, from: task.status, to: task.status, detail: erasureHistoryDetail(erasureId) });
    return task;
  }

  /** The officer on the team manager's rung of the escalation ladder, if one is. */
  private async teamManager(em: EntityManager): Promise<string | null> {
    const [row]: { username: string }[] = await em.query(`SELECT username FROM officers WHERE ladder_role = 'TEAM_MANAGER' AND disabled_at IS NULL LIMIT 1`);
    return row?.username ?? null;
  }

  /** Closes the earlier work this decision supersedes, as `supersessions` rules. */
  private async supersede(em: EntityManager, command: CreateTasksFromDecisionCommand, created: Task[]): Promise<void> {
    const supersedes = command.decision.supersedes ?? [];
    if (supersedes.length === 0) return;
    const earlier = await em.find(Task, { where: supersedes.map((s) => ({ episodeId: s.episodeId, type: s.taskType })), lock: { mode: 'pessimistic_write' } });
    for (const { task, supersededBy } of supersessions(supersedes, earlier, created)) {
      await this.closer.close(em, task, {
        to: 'SUPERSEDED',
        actor: SYSTEM_ACTOR,
        at: this.clock.now(),
        correlationId: command.correlationId,
        causationId: command.messageId,
        supersededBy,
        detail: { decisionId: command.decision.decisionId, episodeId: command.decision.episodeId },
      });
    }
  }

  /** The police withdrew the episode's report (made in error): its open work is cancelled, saying so in each task's history. */
  private async cancelWithdrawn(em: EntityManager, command: CreateTasksFromDecisionCommand): Promise<void> {
    const { withdrawn, episodeId, decisionId } = command.decision;
    if (!withdrawn) return;
    const open = await em.find(Task, { where: { episodeId, status: In([...OpenTaskStatuses]) }, lock: { mode: 'pessimistic_write' } });
    for (const task of open) {
      await this.canceller.cancel(em, task, {
        reason: 'REPORT_MADE_IN_ERROR',
        actor: 'police',
        at: this.clock.now(),
        correlationId: command.correlationId,
        causationId: command.messageId,
        detail: { policeReason: withdrawn.reason, decisionId },
      });
    }
  }

}
