import { Clock } from '@homeward/contracts';
import { OutboxEntry, OutboxWriter, UnitOfWork } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { IngestConfig } from '../../ingest.config';
import { notificationReceivedEvent } from '../notification-received-event';
import { UndecidedMetrics } from './undecided-metrics';

const PAGE = 500;

interface Undecided {
  id: string;
  force: string;
  body: Record<string, unknown>;
  received_at: Date;
  correlation_id: string;
}

export interface RedeliveryReport {
  /** Published longer ago than UNDECIDED_AFTER_SECONDS and still without a decision. */
  undecided: number;
  redelivered: number;
  /** Undecided, but its event cannot be made again (its body is gone or broken): logged and counted, the rest still handed over. */
  skipped: number;
}

/**
 * A notification the broker took but the protocol never decided (the development broker trims
 * unread messages; a message can be parked) is handed over again: a new event for the same
 * ingest id, which protocol-engine applies once whatever the envelope. At most once per
 * UNDECIDED_AFTER_SECONDS each; while any stays undecided, ops are alerted (metric and error log).
 * One whose event cannot be made again is skipped (an error log and a count), never the whole page.
 */
@Injectable()
export class RedeliverUndecidedNotifications {
  private readonly logger = new Logger('RedeliverUndecidedNotifications');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly config: IngestConfig,
    private readonly clock: Clock,
    private readonly metrics: UndecidedMetrics,
  ) {}

  async execute(): Promise<RedeliveryReport> {
    const before = new Date(this.clock.now().getTime() - this.config.undecidedAfterSeconds * 1_000);
    const report = await this.unitOfWork.run(async (em) => {
      const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM notifications WHERE decided_at IS NULL AND published_at <= $1`, [before])) as { n: number }[];
      const due: Undecided[] = await em.query(
        `SELECT id, force, body, received_at, correlation_id FROM notifications
          WHERE decided_at IS NULL AND published_at <= $1 AND (redelivered_at IS NULL OR redelivered_at <= $1)
          ORDER BY published_at LIMIT ${PAGE} FOR UPDATE SKIP LOCKED`,
        [before],
      );
      if (due.length === 0) return { undecided: n, redelivered: 0, skipped: 0 };
      const events = due.flatMap((u) => this.eventOf(u));
      if (events.length > 0) await this.outbox.append(em, ...events);
      // Skipped ones too: at most once a period each, so they never crowd the page.
      await em.query(`UPDATE notifications SET redelivered_at = $2 WHERE id = ANY($1)`, [due.map((u) => u.id), this.clock.now()]);
      return { undecided: n, redelivered: events.length, skipped: due.length - events.length };
    });
    this.metrics.undecided.set(report.undecided);
    if (report.undecided > 0) {
      this.logger.error({ ...report, afterSeconds: this.config.undecidedAfterSeconds }, 'accepted notifications still undecided; handed to the protocol again');
    }
    return report;
  }

  private eventOf(u: Undecided): OutboxEntry[] {
    try {
      return [notificationReceivedEvent(this.config.childKeySecret, { ingestId: u.id, force: u.force, body: u.body, receivedAt: new Date(u.received_at), correlationId: u.correlation_id })];
    } catch (error) {
      this.metrics.skipped.inc();
      // The ingest id only: the error may quote the body.
      this.logger.error({ ingestId: u.id, error: error instanceof Error ? error.name : 'unknown' }, 'undecided notification cannot be handed over again; skipped');
      return [];
    }
  }
}
