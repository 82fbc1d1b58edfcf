import { Clock } from '@homeward/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { FireTimer, FireTimerCommand } from '../fire-timer';
import { TimerAlarms } from '../timer-alarms';

const BATCH = 500;

/**
 * Postgres is the record of when each time-based rule is due. The sweep fires every due,
 * unfired timer itself (an alarm Redis lost, or one that ran late), and re-sets the alarms of
 * timers due before the next sweep so they still fire on time.
 */
@Injectable()
export class SweepTimers {
  private readonly logger = new Logger('SweepTimers');

  constructor(
    private readonly dataSource: DataSource,
    private readonly fireTimer: FireTimer,
    private readonly alarms: TimerAlarms,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ fired: number; alarmsSet: number }> {
    const now = this.clock.now();
    const correlationId = `sweep-${randomUUID()}`;
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM episode_timers WHERE fired_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT ${BATCH}`,
      [now],
    );
    let fired = 0;
    for (const { id } of due) {
      try {
        if ((await this.fireTimer.execute(FireTimerCommand.create({ timerId: id, correlationId }))) === 'DECIDED') fired++;
      } catch (error) {
        // One broken episode must not hold up the others; the next sweep tries it again.
        this.logger.error({ timerId: id, error: (error as Error).message }, 'sweep could not fire a timer');
      }
    }
    const soon: { id: string; due_at: Date }[] = await this.dataSource.query(
      `SELECT id, due_at FROM episode_timers WHERE fired_at IS NULL AND due_at > $1 AND due_at <= $2 ORDER BY due_at LIMIT ${BATCH}`,
      [now, new Date(now.getTime() + 2 * this.config.timerSweepEveryMs)],
    );
    await this.alarms.set(soon.map((t) => ({ id: t.id, dueAt: new Date(t.due_at) })), correlationId);
    if (fired > 0) this.logger.log({ fired }, 'sweep fired due timers');
    return { fired, alarmsSet: soon.length };
  }
}
