import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WeeklyMailing } from './mailing-schedule';

/** The weeks whose report has been mailed (`weekly_report_mailings`): one row a week. */
@Injectable()
export class WeeklyReportMailings {
  /** Records the week's mailing unless it is recorded already: true when it is new, and so its e-mails are to go. */
  async record(em: EntityManager, mailing: WeeklyMailing, recordedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO weekly_report_mailings (week, due_at, recorded_at) VALUES ($1, $2, $3) ON CONFLICT (week) DO NOTHING RETURNING week`,
      [mailing.week, mailing.dueAt, recordedAt],
    );
    return inserted.length === 1;
  }
}
