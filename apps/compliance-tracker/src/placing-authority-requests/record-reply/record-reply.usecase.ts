import { Clock } from '@homeward/contracts';
import { UnitOfWork, validationFailed, WakeUps } from '@homeward/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PLACING_AUTHORITY_REPLY_CHASE } from '../chase-reply/reply-chase.wake-up';
import { PlacingAuthorityRequestView } from '../placing-authority-request.view';
import { lockRequest, readRequests } from '../request-reader';
import { RecordReplyCommand } from './record-reply.command';

/** Records the reply, once, and cancels the chases still pending in the same transaction. */
@Injectable()
export class RecordReply {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly clock: Clock,
  ) {}

  execute(command: RecordReplyCommand): Promise<PlacingAuthorityRequestView> {
    return this.unitOfWork.run((em) => this.record(em, command));
  }

  private async record(em: EntityManager, command: RecordReplyCommand): Promise<PlacingAuthorityRequestView> {
    const request = await lockRequest(em, command.requestId);
    if (!request) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no placing authority request ${command.requestId}` });
    if (request.reply_received_at) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'the reply to this request is already recorded' });
    if (command.receivedAt < request.asked_at) throw validationFailed([{ field: 'receivedAt', reason: 'receivedAt must not be before the request was made' }]);
    await em.query(
      `UPDATE placing_authority_requests
          SET reply_received_at = $2, reply_risk_assessment = $3, reply_risk_management_plan = $4, reply_recorded_by = $5, reply_recorded_at = $6, next_chase_at = NULL
        WHERE id = $1`,
      [request.id, command.receivedAt, command.riskAssessment, command.riskManagementPlan, command.actor.username, this.clock.now()],
    );
    await this.wakeUps.cancel(em, PLACING_AUTHORITY_REPLY_CHASE, request.id);
    const [view] = await readRequests(em, { id: request.id });
    return view;
  }
}
