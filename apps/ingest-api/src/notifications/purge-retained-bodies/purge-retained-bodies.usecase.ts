import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IngestConfig } from '../../ingest.config';

const PAGE = 1_000;

/**
 * Ingest's copy of a notification (the child's names, date of birth, places, free text) is a
 * transit copy: protocol-engine keeps the record. Once decided longer ago than the council's
 * NOTIFICATION_BODY_RETENTION_DAYS, the body goes; the row stays (status, times, the body's
 * hash, so a police retry is still recognised). An undecided notification keeps its body, which
 * the undecided check hands over again.
 */
@Injectable()
export class PurgeRetainedBodies {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: IngestConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ purged: number }> {
    const before = new Date(this.clock.now().getTime() - this.config.notificationBodyRetentionDays * 86_400_000);
    let purged = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `UPDATE notifications SET body = '{}'::jsonb, body_purged_at = $2
          WHERE id IN (SELECT id FROM notifications WHERE decided_at < $1 AND body_purged_at IS NULL LIMIT ${PAGE})`,
        [before, this.clock.now()],
      )) as [unknown, number];
      purged += count;
      if (count < PAGE) return { purged };
    }
  }
}
