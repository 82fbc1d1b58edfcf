import { Clock } from '@homeward/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { OpenTaskStatuses } from '../../tasks/task.entity';
import { Alarm, AlarmClock } from '../alarm-clock';
import { DeadlineStep } from '../deadline-steps';
import { FireDeadlineStep, FireDeadlineStepCommand } from '../fire-deadline-step';

export interface SweepReport {
  fired: number;
  rearmed: number;
  /** True when Redis had lost its alarms (flush, data loss) and every future one was set again. */
  restoredAll: boolean;
}

interface StepRow {
  task_id: string;
  deadline_version: number;
  step: DeadlineStep;
  due_at: Date;
}

/**
 * Postgres is the record, so the sweep trusts it over Redis: every due step not yet fired
 * (lost or late alarm) is fired now, and alarms due before the next sweep are set again.
 * When Redis shows it lost its alarms, every future alarm is set again.
 */
@Injectable()
export class SweepDeadlineAlarms {
  private readonly logger = new Logger('SweepDeadlineAlarms');

  constructor(
    private readonly dataSource: DataSource,
    private readonly alarms: AlarmClock,
    private readonly fire: FireDeadlineStep,
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<SweepReport> {
    const now = this.clock.now();
    const fired = await this.fireDueSteps(now);
    const restoredAll = !(await this.alarms.isArmed());
    const horizon = restoredAll ? null : new Date(now.getTime() + 2 * this.config.deadlineSweepIntervalMs);
    const rearmed = await this.rearm(now, horizon);
    if (restoredAll) await this.alarms.markArmed();
    if (fired > 0 || restoredAll) this.logger.log({ fired, rearmed, restoredAll }, 'deadline sweep');
    return { fired, rearmed, restoredAll };
  }

  private async fireDueSteps(now: Date): Promise<number> {
    let fired = 0;
    for (;;) {
      const due = await this.unfired(`s.due_at <= $2`, [now]);
      for (const row of due) {
        const command = FireDeadlineStepCommand.create({ taskId: row.task_id, deadlineVersion: row.deadline_version, step: row.step, actor: 'sweep' });
        if ((await this.fire.execute(command)).kind === 'FIRED') fired++;
      }
      // Each row found is fired or skipped (marked) or its task closed meanwhile, so this ends.
      if (due.length < this.config.deadlineSweepBatch) return fired;
    }
  }

  /** Sets alarms for future unfired steps (up to `horizon`, or all), a page at a time in due order. */
  private async rearm(now: Date, horizon: Date | null): Promise<number> {
    let rearmed = 0;
    let after: StepRow | undefined;
    for (;;) {
      const conditions = [`s.due_at > $2`, ...(horizon ? [`s.due_at <= $3`] : [])];
      const params: unknown[] = [now, ...(horizon ? [horizon] : [])];
      if (after) {
        params.push(after.due_at, after.task_id, after.step);
        const n = params.length + 1; // placeholders start at $2
        conditions.push(`(s.due_at, s.task_id, s.step) > ($${n - 2}, $${n - 1}, $${n})`);
      }
      const page = await this.unfired(conditions.join(' AND '), params);
      await this.alarms.set(page.map(toAlarm));
      rearmed += page.length;
      if (page.length < this.config.deadlineSweepBatch) return rearmed;
      after = page[page.length - 1];
    }
  }

  /** Unfired steps of open tasks' current deadlines, in due order; `$1` is the open statuses. */
  private unfired(condition: string, params: unknown[]): Promise<StepRow[]> {
    return this.dataSource.query(
      `SELECT s.task_id, s.deadline_version, s.step, s.due_at
         FROM task_deadline_steps s
         JOIN tasks t ON t.id = s.task_id AND t.deadline_version = s.deadline_version
        WHERE s.fired_at IS NULL AND t.status = ANY($1) AND ${condition}
        ORDER BY s.due_at, s.task_id, s.step
        LIMIT ${this.config.deadlineSweepBatch}`,
      [OpenTaskStatuses, ...params],
    );
  }
}

function toAlarm(row: StepRow): Alarm {
  return { taskId: row.task_id, deadlineVersion: row.deadline_version, step: row.step, dueAt: new Date(row.due_at) };
}
