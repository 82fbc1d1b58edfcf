import { Clock } from '@homeward/contracts';
import { UnitOfWork, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { assertMayHandleLeaveOf } from '../leave-access';
import { LeaveAnnouncer } from '../leave-announcer';
import { appendLeaveAudit } from '../leave-audit';
import { leaveInState, leaveNotFound, readLeave } from '../leave-reader';
import { leaveStatusOf } from '../leave-status';
import { LeaveView } from '../leave.view';
import { OfficerLeave } from '../officer-leave.entity';
import { LEAVE_START } from '../start-leave/leave-start.wake-up';
import { CancelLeaveCommand } from './cancel-leave.command';

/**
 * Cancels a leave, which is kept and shown as cancelled. Before its start nothing moves (its
 * wake-up goes, and StartLeave ignores a cancelled leave); during it, the leave ends now: the
 * officer is back and claims for themselves again, and what the cover took stays theirs, as at
 * any leave's end.
 */
@Injectable()
export class CancelLeave {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly announcer: LeaveAnnouncer,
    private readonly clock: Clock,
  ) {}

  execute(command: CancelLeaveCommand): Promise<LeaveView> {
    return this.unitOfWork.run((em) => this.cancel(em, command));
  }

  private async cancel(em: EntityManager, command: CancelLeaveCommand): Promise<LeaveView> {
    const leave = await em.findOne(OfficerLeave, { where: { id: command.leaveId }, lock: { mode: 'pessimistic_write' } });
    if (!leave) throw leaveNotFound(command.leaveId);
    const officer = await em.findOneByOrFail(Officer, { id: leave.officerId });
    assertMayHandleLeaveOf(command.actor, officer.username);
    const now = this.clock.now();
    const status = leaveStatusOf(leave, now);
    if (status === 'CANCELLED' || status === 'ENDED') throw leaveInState(status, 'cancel it');
    const underWay = status === 'IN_PROGRESS';
    // Cancelled at the very instant it started, it still lasts a millisecond: a leave ends after it starts.
    const endsAt = underWay ? new Date(Math.max(now.getTime(), leave.startsAt.getTime() + 1)) : leave.endsAt;
    await em.update(OfficerLeave, { id: leave.id }, { cancelledAt: now, cancelledBy: command.actor.username, endsAt });
    await this.wakeUps.cancel(em, LEAVE_START, leave.id);
    await appendLeaveAudit(em, {
      leaveId: leave.id,
      at: now,
      actor: command.actor.username,
      action: 'CANCELLED',
      detail: { underWay, endsAtBefore: leave.endsAt.toISOString(), endsAt: endsAt.toISOString() },
    });
    return this.announcer.announce(em, await readLeave(em, leave.id, now), now);
  }
}
