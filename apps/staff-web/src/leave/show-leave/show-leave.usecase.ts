import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { LeaveDetailView, TaskDetailView } from '../../data/compliance-tracker.types';
import { label } from '../../web/labels';
import { leaveRow, LeaveRow, namesOf } from '../leave-view';

/** Tasks named on the page (each read for its type and police reference); more moved are counted. */
const TASKS_NAMED = 50;

export interface LeaveDetailModel extends LeaveRow {
  recordedBy: string;
  recordedAt: string;
  routedAt: string | null;
  routedTasks: number | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  /** Upcoming or under way: it can still be changed or cancelled. */
  open: boolean;
  moves: { taskId: string; task: string; from: string; to: string; at: string; by: string }[];
  movesNotNamed: number;
  changes: { at: string; actor: string; what: string }[];
}

const ACTIONS: Record<string, string> = { RECORDED: 'Recorded', CHANGED: 'Changed', CANCELLED: 'Cancelled' };

/** One leave: its dates, cover and state, the tasks it moved (each named, to open it), and who recorded and changed it. */
@Injectable()
export class ShowLeave {
  constructor(private readonly tracker: ComplianceTrackerClient) {}

  async execute(input: { user: SessionUser; id: string }): Promise<LeaveDetailModel> {
    const { token } = input.user;
    const [leave, officers] = await Promise.all([this.tracker.leaveDetail(token, input.id), this.tracker.officers(token)]);
    const name = namesOf(officers);
    const tasks = await this.tasksNamed(token, leave);
    return {
      ...leaveRow(leave, name),
      recordedBy: name(leave.recordedBy),
      recordedAt: leave.recordedAt,
      routedAt: leave.routedAt,
      routedTasks: leave.routedTasks,
      cancelledBy: leave.cancelledBy && name(leave.cancelledBy),
      cancelledAt: leave.cancelledAt,
      open: leave.status === 'UPCOMING' || leave.status === 'IN_PROGRESS',
      moves: leave.tasksMoved.map((m) => ({ taskId: m.taskId, task: tasks.get(m.taskId) ?? `Task ${m.taskId.slice(0, 8)}`, from: name(m.from), to: name(m.to), at: m.at, by: name(m.by) })),
      movesNotNamed: Math.max(new Set(leave.tasksMoved.map((m) => m.taskId)).size - TASKS_NAMED, 0),
      changes: leave.changes.map((c) => ({ at: c.at, actor: name(c.actor), what: ACTIONS[c.action] ?? c.action })),
    };
  }

  /** "Return interview, NT/26/004512": no child's name, so no record view to log. A task that cannot be read keeps its id. */
  private async tasksNamed(token: string, leave: LeaveDetailView): Promise<Map<string, string>> {
    const ids = [...new Set(leave.tasksMoved.map((m) => m.taskId))].slice(0, TASKS_NAMED);
    const read = await Promise.all(ids.map((id) => this.tracker.task(token, id).catch((): TaskDetailView | null => null)));
    return new Map(read.filter((t): t is TaskDetailView => t !== null).map((t) => [t.id, `${label('taskType', t.type)}, ${t.policeReference}`]));
  }
}
