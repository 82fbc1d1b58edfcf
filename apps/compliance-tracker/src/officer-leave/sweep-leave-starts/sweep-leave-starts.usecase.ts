import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LeaveAlarm } from '../leave-alarm';
import { StartLeave, StartLeaveCommand } from '../start-leave';

export interface LeaveSweepReport {
  started: number;
  rearmed: number;
}

/**
 * Postgres is the record: every leave whose start has passed without its hand-over (alarm
 * lost or late) is started now, and every future leave's alarm is set again. Future leave is
 * a handful of rows, and setting an alarm that exists is a no-op, so no "armed" marker is needed.
 */
@Injectable()
export class SweepLeaveStarts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly startLeave: StartLeave,
    private readonly alarm: LeaveAlarm,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<LeaveSweepReport> {
    const now = this.clock.now();
    const unrouted = (await this.dataSource.query(
      `SELECT id, starts_at FROM officer_leave WHERE routed_at IS NULL AND cancelled_at IS NULL ORDER BY starts_at`,
    )) as { id: string; starts_at: Date }[];
    let started = 0;
    for (const row of unrouted.filter((r) => new Date(r.starts_at) <= now)) {
      const result = await this.startLeave.execute(StartLeaveCommand.create({ leaveId: row.id, trigger: 'sweep' }));
      if (result.kind === 'ROUTED' || result.kind === 'LAPSED') started++;
    }
    const future = unrouted.filter((r) => new Date(r.starts_at) > now).map((r) => ({ id: r.id, startsAt: new Date(r.starts_at) }));
    await this.alarm.set(future);
    return { started, rearmed: future.length };
  }
}
