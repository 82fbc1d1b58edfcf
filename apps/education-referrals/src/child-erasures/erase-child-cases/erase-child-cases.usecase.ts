import { Clock } from '@homeward/contracts';
import { Inbox } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EraseCase } from '../../cme-cases/erase-case';
import { EraseChildCasesCommand } from './erase-child-cases.command';

const CONSUMER = 'education-referrals.erase-child-cases';

/**
 * Erases education-referrals' part of one child's personal data, once per message, in one
 * transaction: their closed CME cases and every return and referral about them (see EraseCase).
 * A case still open is kept and marked: finding the child is a duty (Education Act 1996 s436A)
 * that outranks the request, so it is erased when it closes. The erasure's counts are kept.
 */
@Injectable()
export class EraseChildCases {
  private readonly logger = new Logger('EraseChildCases');

  constructor(
    private readonly inbox: Inbox,
    private readonly eraseCase: EraseCase,
    private readonly clock: Clock,
  ) {}

  async execute(command: EraseChildCasesCommand): Promise<void> {
    let counts: Record<string, number> = {};
    const first = await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      counts = await this.erase(em, command);
    });
    if (first) this.logger.log({ erasureId: command.erasureId, ...counts }, "CME cases of an erased child erased");
  }

  private async erase(em: EntityManager, command: EraseChildCasesCommand): Promise<Record<string, number>> {
    const keys = [...command.childKeys].sort();
    // The locks a school's return takes: one arriving now waits, then finds the child gone.
    for (const key of keys) await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
    const cases: { id: string; status: 'OPEN' | 'CLOSED' }[] = await em.query(
      `SELECT id, status FROM cme_cases
        WHERE erased_at IS NULL AND (child_key = ANY($1::text[])
           OR id IN (SELECT case_id FROM school_returns WHERE child_key = ANY($1::text[]))
           OR id IN (SELECT case_id FROM agency_referrals WHERE child_key = ANY($1::text[])))
        ORDER BY id FOR UPDATE`,
      [keys],
    );
    const open = cases.filter((c) => c.status === 'OPEN').map((c) => c.id);
    await em.query(`UPDATE cme_cases SET erase_on_close = $2 WHERE id = ANY($1::uuid[])`, [open, command.erasureId]);
    const closed = cases.filter((c) => c.status === 'CLOSED').map((c) => c.id);
    const erased = await this.eraseCase.execute(em, { caseIds: closed, childKeys: keys }, command.erasureId, this.clock.now());
    const counts = { casesErased: erased.cases, casesKeptOpen: open.length, returnsErased: erased.returns };
    await em.query(`INSERT INTO child_erasures (erasure_id, received_at, cases_erased, cases_kept_open, returns_erased) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
      command.erasureId,
      this.clock.now(),
      counts.casesErased,
      counts.casesKeptOpen,
      counts.returnsErased,
    ]);
    return counts;
  }
}
