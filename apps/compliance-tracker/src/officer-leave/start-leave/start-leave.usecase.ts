import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { OpenTaskStatuses, Task } from '../../tasks/task.entity';
import { handOver } from '../hand-over';
import { OfficerLeave } from '../officer-leave.entity';
import { recordHandOver } from '../record-hand-over';
import { StartLeaveCommand } from './start-leave.command';

export const LEAVE_COVER_ACTOR = 'system:leave-cover';

/** ROUTED: tasks handed over; LAPSED: found only after the leave ended; NOOP: done before or cancelled; EARLY: not started (moved later). */
export type StartLeaveResult = { kind: 'ROUTED'; tasks: number } | { kind: 'LAPSED' | 'NOOP' | 'EARLY' };

/**
 * At a leave's start, the open tasks the officer holds go to the named cover, or back to the
 * team queue. Once: the leave row is locked, checked and marked routed in the transaction that
 * moves the tasks, so the same wake-up twice, or two at once, hand over once.
 */
@Injectable()
export class StartLeave {
  private readonly logger = new Logger('StartLeave');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(command: StartLeaveCommand): Promise<StartLeaveResult> {
    const result = await this.unitOfWork.run((em) => this.start(em, command));
    if (result.kind === 'ROUTED' || result.kind === 'LAPSED') this.logger.log({ leaveId: command.leaveId, ...result }, 'leave started');
    return result;
  }

  private async start(em: EntityManager, command: StartLeaveCommand): Promise<StartLeaveResult> {
    const leave = await em.findOne(OfficerLeave, { where: { id: command.leaveId }, lock: { mode: 'pessimistic_write' } });
    // Cancelled before its start: nothing was ever to move.
    if (!leave || leave.routedAt || leave.cancelledAt) return { kind: 'NOOP' };
    const now = this.clock.now();
    // Moved later: the wake-up at its new start will come.
    if (leave.startsAt > now) return { kind: 'EARLY' };
    // Woken only after the leave ended (the service was down): the officer is back, their work stays theirs.
    if (leave.endsAt <= now) {
      await em.update(OfficerLeave, { id: leave.id }, { routedAt: now, routedTasks: 0 });
      return { kind: 'LAPSED' };
    }
    const officer = await em.findOneByOrFail(Officer, { id: leave.officerId });
    const cover = leave.coverOfficerId ? await em.findOneByOrFail(Officer, { id: leave.coverOfficerId }) : null;
    const tasks = await em.find(Task, { where: { assignee: officer.username, status: In([...OpenTaskStatuses]) }, lock: { mode: 'pessimistic_write' } });
    await recordHandOver(em, this.outbox, handOver(tasks, cover?.username ?? null), { actor: LEAVE_COVER_ACTOR, at: now, leaveId: leave.id });
    await em.update(OfficerLeave, { id: leave.id }, { routedAt: now, routedTasks: tasks.length });
    return { kind: 'ROUTED', tasks: tasks.length };
  }
}
