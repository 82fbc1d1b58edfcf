import { Clock, createEnvelope, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { Correlation, OutboxWriter, UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { namedOfficer } from '../../deadline-alarms/deadline-steps';
import { escalationContacts } from '../../deadline-alarms/escalation-contacts';
import { taskEventFields } from '../../tasks/task-event-fields';
import { Task } from '../../tasks/task.entity';
import { replyChase, ReplyChaseLevel } from '../reply-chase';
import { lockRequest, RequestRow } from '../request-reader';
import { ChaseReplyCommand } from './chase-reply.command';
import { replyChaseWakeUp } from './reply-chase.wake-up';
import { taskMessageKey } from '../../tasks/task-subject';

export type ChaseReplyResult = { kind: ReplyChaseLevel['step'] | 'NOOP' };

/** Each chase, its column (set once) and the task event alerting already routes to the role it names. */
const CHASE: Record<ReplyChaseLevel['step'], { column: 'reminded_at' | 'escalated_at'; topic: string; type: string }> = {
  REMINDED: { column: 'reminded_at', topic: Topics.taskReminderDue, type: 'compliance.task-reminder-due' },
  ESCALATED: { column: 'escalated_at', topic: Topics.taskEscalated, type: 'compliance.task-escalated' },
};

/**
 * No reply from the placing authority when a chase falls due: the role the chase names is
 * told (an outbox event) and the next chase is scheduled. Once: the request row is locked,
 * checked and its chase column set in the transaction that writes the event, so the same
 * wake-up twice, or a re-run after a crash, tells once; a reply first makes it stale.
 */
@Injectable()
export class ChaseReply {
  private readonly logger = new Logger('ChaseReply');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly wakeUps: WakeUps,
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {}

  async execute(command: ChaseReplyCommand): Promise<ChaseReplyResult> {
    const result = await this.unitOfWork.run((em) => this.chase(em, command));
    if (result.kind !== 'NOOP') this.logger.log({ requestId: command.requestId, level: command.level, result: result.kind }, 'placing authority reply chased');
    return result;
  }

  private async chase(em: EntityManager, command: ChaseReplyCommand): Promise<ChaseReplyResult> {
    const request = await lockRequest(em, command.requestId);
    const due = request && replyChase(request.asked_at, command.level, this.config.placingAuthorityReplyWorkingDays);
    if (!request || !due || request.reply_received_at || request[CHASE[due.chase.step].column]) return { kind: 'NOOP' };
    const now = this.clock.now();
    const next = replyChase(request.asked_at, command.level + 1, this.config.placingAuthorityReplyWorkingDays);
    if (next) await this.wakeUps.schedule(em, replyChaseWakeUp(request.id, next));
    const { column, topic, type } = CHASE[due.chase.step];
    await em.query(`UPDATE placing_authority_requests SET ${column} = $2, next_chase_at = $3 WHERE id = $1`, [request.id, now, next?.dueAt ?? null]);
    const task = await em.findOneByOrFail(Task, { id: request.task_id });
    await this.outbox.append(em, announcement(task, request, due.chase, { topic, type, now, named: namedOfficer(due.chase.notifyRole, task.assignee, await escalationContacts(em)) }));
    return { kind: due.chase.step };
  }
}

function announcement(task: Task, request: RequestRow, chase: ReplyChaseLevel, e: { topic: string; type: string; now: Date; named: string | undefined }) {
  const data: TaskDeadlineEventV1 = {
    ...taskEventFields(task),
    assignee: task.assignee,
    notifyRole: chase.notifyRole,
    ...(e.named ? { notifyOfficer: e.named } : {}),
    ...('escalationLevel' in chase ? { escalationLevel: chase.escalationLevel } : {}),
    placingAuthorityRequestId: request.id,
  };
  const envelope = createEnvelope({ type: e.type, version: 1, data, occurredAt: e.now, correlationId: Correlation.currentOrNew(), producer: 'compliance-tracker' });
  return { topic: e.topic, key: taskMessageKey(task), aggregateType: 'placing-authority-request', aggregateId: request.id, envelope };
}
