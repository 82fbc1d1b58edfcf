import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { taskNotFound } from '../../tasks/task-errors';
import { Task } from '../../tasks/task.entity';
import { replyChaseWakeUp } from '../chase-reply/reply-chase.wake-up';
import { PlacingAuthorityRequestView } from '../placing-authority-request.view';
import { firstReplyChase } from '../reply-chase';
import { readRequests } from '../request-reader';
import { AskPlacingAuthorityCommand } from './ask-placing-authority.command';

/** Records the request on the task, with the wake-up of its first chase. */
@Injectable()
export class AskPlacingAuthority {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {}

  execute(command: AskPlacingAuthorityCommand): Promise<PlacingAuthorityRequestView> {
    return this.unitOfWork.run((em) => this.ask(em, command));
  }

  private async ask(em: EntityManager, command: AskPlacingAuthorityCommand): Promise<PlacingAuthorityRequestView> {
    if (!(await em.existsBy(Task, { id: command.taskId }))) throw taskNotFound(command.taskId);
    const id = randomUUID();
    const first = firstReplyChase(command.askedAt, this.config.placingAuthorityReplyWorkingDays);
    await em.query(
      `INSERT INTO placing_authority_requests (id, task_id, placing_authority, contact, contact_email, asked_at, asked_by, recorded_at, next_chase_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, command.taskId, command.placingAuthority, command.contact, command.contactEmail, command.askedAt, command.actor.username, this.clock.now(), first.dueAt],
    );
    await this.wakeUps.schedule(em, replyChaseWakeUp(id, first));
    const [view] = await readRequests(em, { id });
    return view;
  }
}
