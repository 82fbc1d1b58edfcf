import { Clock } from '@homeward/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config';
import { Metrics } from '../metrics';
import { RedisConnection } from '../redis';
import { SERVICE_NAME } from '../service-name';
import { WakeUp } from './wake-up';
import { Unarmed, WakeUpAlarms } from './wake-up-alarms';

const PAGE = 500;

interface Row {
  kind: string;
  subject_id: string;
  version: string;
  due_at: Date;
}

export interface WakeUpSweepReport {
  /** Due wake-ups whose job Redis had lost, still held back, or given up on. */
  rung: number;
  rearmed: number;
  /** Wake-ups this sweep could not arm, promote or retry: each logged and counted; the rest were swept, and the next sweep tries these again. */
  skipped: number;
  /** Redis had lost everything (flush, data loss): every pending wake-up was armed again. */
  restoredAll: boolean;
}

/**
 * Postgres is the record, so the sweep trusts it over Redis: every due wake-up gets a job that
 * will run, and jobs due before the next sweep or two are set again; after Redis lost its
 * data, every pending one is. Paged in due order, so a backlog is swept whole; one wake-up that
 * cannot be armed is skipped (an error log, homeward_wake_ups_skipped_total) and the rest still are.
 */
@Injectable()
export class WakeUpSweep {
  private readonly logger = new Logger('WakeUpSweep');
  /** Present while Redis still holds the jobs we set; gone after a flush or data loss. */
  private readonly armedKey: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly alarms: WakeUpAlarms,
    private readonly redis: RedisConnection,
    private readonly config: ServiceConfig,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
    @Inject(SERVICE_NAME) service: string,
  ) {
    // Per service: each service's sweep restores its own wake-ups after a flush.
    this.armedKey = `${config.queuePrefix}:homeward:${service}:wake-ups-armed`;
  }

  async run(): Promise<WakeUpSweepReport> {
    const now = this.clock.now();
    let rung = 0;
    let skipped = 0;
    const skip = (unarmed: Unarmed[]) => {
      skipped += unarmed.length;
      unarmed.forEach((u) => this.skipped(u));
    };
    await this.eachPage(`due_at <= $1`, [now], async (due) => {
      const { repaired, unarmed } = await this.alarms.ringDue(due);
      rung += repaired;
      skip(unarmed);
    });
    const restoredAll = (await this.redis.client.exists(this.armedKey)) === 0;
    // Marked before arming, not after: a flush while we arm deletes the mark with the jobs, so the next sweep arms everything again.
    if (restoredAll) await this.redis.client.set(this.armedKey, now.toISOString());
    const horizon = new Date(now.getTime() + 2 * this.config.wakeUpSweepIntervalMs);
    let rearmed = 0;
    await this.eachPage(restoredAll ? `due_at > $1` : `due_at > $1 AND due_at <= $2`, restoredAll ? [now] : [now, horizon], async (coming) => {
      const unarmed = await this.alarms.arm(coming);
      rearmed += coming.length - unarmed.length;
      skip(unarmed);
    }).catch(async (error: unknown) => {
      if (restoredAll) await this.redis.client.del(this.armedKey).catch(() => undefined);
      throw error;
    });
    if (rung > 0 || restoredAll || skipped > 0) this.logger.log({ rung, rearmed, skipped, restoredAll }, 'wake-up sweep repaired alarms');
    return { rung, rearmed, skipped, restoredAll };
  }

  /** Ids only: a subject id is opaque. */
  private skipped({ wakeUp, error }: Unarmed): void {
    this.metrics.wakeUpsSkipped.inc({ kind: wakeUp.kind });
    this.logger.error({ kind: wakeUp.kind, subjectId: wakeUp.subjectId, version: wakeUp.version, error }, 'wake-up skipped by the sweep; the next sweep tries it again');
  }

  private async eachPage(condition: string, params: unknown[], act: (page: WakeUp[]) => Promise<void>): Promise<void> {
    let after: Row | undefined;
    for (;;) {
      const n = params.length;
      const keyset = after ? ` AND (due_at, kind, subject_id, version) > ($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4})` : '';
      const rows: Row[] = await this.dataSource.query(
        `SELECT kind, subject_id, version, due_at FROM wake_ups WHERE ${condition}${keyset}
          ORDER BY due_at, kind, subject_id, version LIMIT ${PAGE}`,
        after ? [...params, after.due_at, after.kind, after.subject_id, after.version] : params,
      );
      await act(rows.map((r) => ({ kind: r.kind, subjectId: r.subject_id, version: Number(r.version), dueAt: new Date(r.due_at) })));
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1];
    }
  }
}
