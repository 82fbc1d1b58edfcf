import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork, validationFailed, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { OpenTaskStatuses, Task } from '../../tasks/task.entity';
import { handOver } from '../hand-over';
import { assertMayHandleLeaveOf } from '../leave-access';
import { LeaveAnnouncer } from '../leave-announcer';
import { appendLeaveAudit } from '../leave-audit';
import { refuseOverlappingLeave } from '../leave-overlap';
import { leaveInState, leaveNotFound, readLeave } from '../leave-reader';
import { leaveStatusOf } from '../leave-status';
import { LeaveView } from '../leave.view';
import { OfficerLeave } from '../officer-leave.entity';
import { recordHandOver } from '../record-hand-over';
import { LEAVE_START, leaveStartWakeUp } from '../start-leave/leave-start.wake-up';
import { ChangeLeaveCommand } from './change-leave.command';
import { leaveChangeProblems } from './leave-change-rules';

/**
 * Moves a leave's dates or changes its cover, before or during the leave. During it, the work
 * this leave handed to the previous cover (and still open with them) follows the new cover,
 * each move in task history; work that went to the team queue stays there for anyone to claim.
 */
@Injectable()
export class ChangeLeave {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly wakeUps: WakeUps,
    private readonly announcer: LeaveAnnouncer,
    private readonly clock: Clock,
  ) {}

  execute(command: ChangeLeaveCommand): Promise<LeaveView> {
    return this.unitOfWork.run((em) => this.change(em, command));
  }

  private async change(em: EntityManager, command: ChangeLeaveCommand): Promise<LeaveView> {
    // Locked as StartLeave locks it: a change and the hand-over at the start never interleave.
    const leave = await em.findOne(OfficerLeave, { where: { id: command.leaveId }, lock: { mode: 'pessimistic_write' } });
    if (!leave) throw leaveNotFound(command.leaveId);
    const officer = await em.findOneByOrFail(Officer, { id: leave.officerId });
    assertMayHandleLeaveOf(command.actor, officer.username);
    const now = this.clock.now();
    const status = leaveStatusOf(leave, now);
    if (status === 'CANCELLED' || status === 'ENDED') throw leaveInState(status, 'change it');

    const before = { startsAt: leave.startsAt, endsAt: leave.endsAt, cover: leave.coverOfficerId ? (await em.findOneByOrFail(Officer, { id: leave.coverOfficerId })).username : null };
    const next = { startsAt: command.startsAt ?? leave.startsAt, endsAt: command.endsAt ?? leave.endsAt, cover: command.cover };
    const problems = leaveChangeProblems({ officer: officer.username, status, startsAt: leave.startsAt }, next, now);
    const cover = command.cover ? await em.findOneBy(Officer, { username: command.cover, disabledAt: IsNull() }) : null;
    if (command.cover && !cover) problems.push({ field: 'coverUsername', reason: `no active officer ${command.cover}` });
    if (problems.length > 0) throw validationFailed(problems);

    const after = { startsAt: next.startsAt, endsAt: next.endsAt, cover: command.cover === undefined ? before.cover : (cover?.username ?? null) };
    const datesMoved = after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime();
    if (datesMoved) await refuseOverlappingLeave(em, officer, after, leave.id);
    await em.update(OfficerLeave, { id: leave.id }, {
      startsAt: after.startsAt,
      endsAt: after.endsAt,
      ...(command.cover !== undefined ? { coverOfficerId: cover?.id ?? null } : {}),
    });
    const tasksMoved = leave.routedAt && after.cover !== before.cover ? await this.followNewCover(em, command, leave.id, before.cover, after.cover, now) : 0;
    const iso = (v: typeof before) => ({ startsAt: v.startsAt.toISOString(), endsAt: v.endsAt.toISOString(), cover: v.cover });
    await appendLeaveAudit(em, { leaveId: leave.id, at: now, actor: command.actor.username, action: 'CHANGED', detail: { before: iso(before), after: iso(after), tasksMoved } });
    if (after.startsAt.getTime() !== before.startsAt.getTime()) {
      // Only leave still to come can move its start: its wake-up moves with it.
      await this.wakeUps.cancel(em, LEAVE_START, leave.id);
      await this.wakeUps.schedule(em, leaveStartWakeUp({ id: leave.id, startsAt: after.startsAt }));
    }
    return this.announcer.announce(em, await readLeave(em, leave.id, now), now);
  }

  /** The open tasks this leave gave the previous cover, and they still hold, go to the new cover (or the team queue). */
  private async followNewCover(em: EntityManager, command: ChangeLeaveCommand, leaveId: string, from: string | null, to: string | null, now: Date): Promise<number> {
    if (from === null) return 0;
    const ids = (await em.query(`SELECT DISTINCT task_id FROM task_history WHERE detail ? 'leaveId' AND detail->>'leaveId' = $1`, [leaveId])) as { task_id: string }[];
    if (ids.length === 0) return 0;
    const tasks = await em.find(Task, {
      where: { id: In(ids.map((r) => r.task_id)), assignee: from, status: In([...OpenTaskStatuses]) },
      lock: { mode: 'pessimistic_write' },
    });
    await recordHandOver(em, this.outbox, handOver(tasks, to), { actor: command.actor.username, at: now, leaveId, reason: 'COVER_CHANGED' });
    return tasks.length;
  }
}
