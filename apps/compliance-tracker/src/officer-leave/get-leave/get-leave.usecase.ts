import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertMayHandleLeaveOf } from '../leave-access';
import { LeaveAuditAction } from '../leave-audit';
import { readLeave } from '../leave-reader';
import { GetLeaveCommand } from './get-leave.command';
import { LeaveDetailView } from './leave-detail.view';
import { LeaveHistoryRow, tasksMovedBy } from './tasks-moved';

/** One leave with what it moved and its audit trail; a CMO reads only their own. */
@Injectable()
export class GetLeave {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: GetLeaveCommand): Promise<LeaveDetailView> {
    const leave = await readLeave(this.dataSource.manager, command.leaveId, this.clock.now());
    assertMayHandleLeaveOf(command.viewer, leave.officer);
    return { ...leave, ...(await leaveTrail(this.dataSource.manager, leave.id)) };
  }
}

/** What a leave moved (from task history) and who did what to it (its audit rows). */
export async function leaveTrail(em: EntityManager, leaveId: string): Promise<Pick<LeaveDetailView, 'tasksMoved' | 'changes'>> {
  const [moves, audit] = await Promise.all([
    em.query(`SELECT task_id, at, actor, detail FROM task_history WHERE detail ? 'leaveId' AND detail->>'leaveId' = $1 ORDER BY at, id`, [leaveId]) as Promise<LeaveHistoryRow[]>,
    em.query(`SELECT at, actor, action, detail FROM officer_leave_audit WHERE leave_id = $1 ORDER BY id`, [leaveId]) as Promise<
      { at: Date; actor: string; action: LeaveAuditAction; detail: Record<string, unknown> }[]
    >,
  ]);
  return {
    tasksMoved: tasksMovedBy(moves),
    changes: audit.map((a) => ({ at: new Date(a.at).toISOString(), actor: a.actor, action: a.action, detail: a.detail })),
  };
}
